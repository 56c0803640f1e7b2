using System.CommandLine;
using System.Runtime.InteropServices;
using Chancery.Archive;
using Chancery.Archive.Storage;
using Chancery.Relay.Configuration;
using Chancery.Relay.Station;

namespace Chancery.Cli.Commands;

/// <summary>
/// <c>chancery relay --config FILE</c>: runs one relay station in the foreground until SIGINT/SIGTERM (contract
/// <c>relay.md</c>); its subcommands drive a running station over its control endpoint.
/// </summary>
internal static class RelayCommand
{
    public static Command Create(CliConsole console)
    {
        var config = new Option<string>("--config") { Description = "The station's configuration (JSON, see relay.md)." };
        var command = new Command("relay", "Run a relay station (--config FILE), or drive a running one (send, status, delivered).")
        {
            config,
        };
        command.Subcommands.Add(RelayControlCommands.Send(console));
        command.Subcommands.Add(RelayControlCommands.Status(console));
        command.Subcommands.Add(RelayControlCommands.Delivered(console));
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(config);
            if (string.IsNullOrWhiteSpace(path))
            {
                console.Fail("relay: --config FILE is required to run a station (or use relay send/status/delivered)");
                return ExitCodes.UsageOrInput;
            }
            return Run(console, path);
        });
        return command;
    }

    private static int Run(CliConsole console, string path)
    {
        StationConfig config;
        try
        {
            config = StationConfigLoader.Load(path);
        }
        catch (StationConfigException e)
        {
            console.Fail($"{path}: {e.Message}");
            return ExitCodes.UsageOrInput;
        }
        return RunAsync(console, config).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(CliConsole console, StationConfig config)
    {
        // The archive saves and the journal's background snapshot block pool threads; on a 2-core machine the pool
        // starts with two, and a FLASH's receive or send continuation would wait for the pool to grow.
        ThreadPool.GetMinThreads(out var workers, out var completion);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), completion);
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; stop.Cancel(); };
        Console.CancelKeyPress += onCancel;
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
        try
        {
            Directory.CreateDirectory(config.DataDirectory);
            IArchiveStore archive;
            try
            {
                archive = await ArchiveStores.OpenAsync(new ArchiveLocation.Sqlite(Path.Combine(config.DataDirectory, "archive.db")), stop.Token);
            }
            catch (ArchiveException e)
            {
                console.Fail($"relay: archive: {e.Message}");
                return ExitCodes.UsageOrInput;
            }
            await using (archive)
            {
                var log = TextWriter.Synchronized(console.Error);
                var station = new RelayStation(config, archive, TimeProvider.System, m => log.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {config.RoutingIndicator} {m}"));
                await using (station)
                {
                    try
                    {
                        await station.StartAsync(stop.Token);
                    }
                    catch (System.Net.Sockets.SocketException e)
                    {
                        console.Fail($"relay: cannot listen on {config.Listen}: {e.Message}");
                        return ExitCodes.UsageOrInput;
                    }
                    catch (System.Net.HttpListenerException e)
                    {
                        console.Fail($"relay: cannot open the control endpoint {config.Control}: {e.Message}");
                        return ExitCodes.UsageOrInput;
                    }
                    log.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {config.RoutingIndicator} started (listen {config.Listen ?? "-"}, control {config.Control ?? "-"})");
                    try
                    {
                        await Task.Delay(Timeout.Infinite, stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        log.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {config.RoutingIndicator} stopping");
                    }
                }
            }
            return ExitCodes.Ok;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
