using System.Net;
using System.Net.Sockets;
using Chancery.Archive;
using Chancery.Relay.Configuration;
using Chancery.Relay.Station;

namespace Chancery.Cli.Commands;

/// <summary>
/// The relay station <c>chancery serve --relay</c> runs beside the site: the same <see cref="RelayStation"/> as
/// <c>chancery relay</c>, except that its local deliveries go into the archive the site serves rather than an
/// archive of its own in the data directory (the journal stays there).
/// </summary>
internal static class StationBeside
{
    /// <summary>Starts the station; null (the reason already told in one line) when it cannot listen or open its journal.</summary>
    public static async Task<RelayStation?> StartAsync(CliConsole console, StationConfig config, IArchiveStore archive, CancellationToken stop)
    {
        var log = TextWriter.Synchronized(console.Error);
        // Held back until the station is up, so that a station that cannot start says so in one line.
        var early = new List<string>();
        var started = false;
        var station = new RelayStation(config, archive, TimeProvider.System, m =>
        {
            var line = $"{TimeProvider.System.GetUtcNow():HH:mm:ss} relay {config.RoutingIndicator}: {m}";
            lock (early)
            {
                if (!started)
                {
                    early.Add(line);
                    return;
                }
            }
            log.WriteLine(line);
        });
        try
        {
            await station.StartAsync(stop);
            lock (early)
            {
                started = true;
                foreach (var line in early) log.WriteLine(line);
            }
            return station;
        }
        catch (Exception e) when (e is SocketException or HttpListenerException or IOException or UnauthorizedAccessException)
        {
            await station.DisposeAsync();
            console.Fail(e switch
            {
                SocketException => $"--relay: cannot listen on {config.Listen}: {e.Message}",
                HttpListenerException => $"--relay: cannot open the control endpoint {config.Control}: {e.Message}",
                _ => $"--relay: cannot use the data directory {config.DataDirectory}: {e.Message}",
            });
            return null;
        }
    }

    /// <summary>Tells whoever started the server what the station is and where its traffic goes.</summary>
    public static void Describe(CliConsole console, RelayStation station, IArchiveStore archive)
    {
        var config = station.Config;
        var listen = station.ListenPort is { } port && config.Listen is { } configured
            ? $"listening on {configured[..configured.LastIndexOf(':')]}:{port}"
            : "dialling only";
        console.Error.WriteLine($"chancery: relay station {config.RoutingIndicator} ({config.Address}) runs beside the site: {listen}, " +
                                $"{config.Links.Count} link{(config.Links.Count == 1 ? "" : "s")}, control {config.Control ?? "none"}, journal in {config.DataDirectory}");
        var local = config.Serves.Count == 0
            ? "it serves no routing indicator locally (it only relays)"
            : $"traffic for {string.Join(' ', config.Serves)} is delivered into {archive.Description}";
        console.Error.WriteLine($"chancery: {local}; the comm centre (/comm-centre, /api/v1/relay/status) is for archivists and administrators");
    }
}
