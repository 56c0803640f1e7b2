using System.CommandLine;
using System.Diagnostics;
using System.Net.Sockets;
using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Archive.Storage;
using Chancery.Relay.Configuration;
using Chancery.Relay.Station;
using Chancery.Web;
using Chancery.Web.Demo;
using Microsoft.Extensions.Hosting;

namespace Chancery.Cli.Commands;

/// <summary>
/// <c>chancery serve [--db FILE | --postgres CONNSTR] [--urls URL] [--demo-size N] [--relay FILE]</c>: the web site and
/// JSON API over an archive, optionally with a relay station running beside it (<c>--relay</c>: the station delivers
/// its local traffic into the archive served and shows on the comm-centre page). An empty archive is first filled with a synthetic demo corpus and given demo users of different
/// clearances (their passwords printed). An archive with users asks every reader to sign in; one without users (an
/// archive made before need-to-know) is readable by anyone, as before, and the log says so. Stops cleanly on Ctrl-C;
/// an unusable database, address or station configuration is one line on standard error and exit 2.
/// </summary>
internal static class ServeCommand
{
    /// <summary>Where the site listens unless told otherwise.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>What to serve and where.</summary>
    internal sealed record Settings(ArchiveLocation Location, string Urls, int DemoSize, string? RelayConfig = null);

    public static Command Create(CliConsole console)
    {
        var db = new Option<string?>("--db") { Description = $"The SQLite archive file (default {ArchiveLocation.DefaultSqlitePath}).", HelpName = "FILE" };
        var postgres = new Option<string?>("--postgres") { Description = "A PostgreSQL connection string instead of a SQLite file.", HelpName = "CONNSTR" };
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, e.g. http://127.0.0.1:5080 (several separated by ';').",
            DefaultValueFactory = _ => DefaultUrls,
            HelpName = "URL",
        };
        var demoSize = new Option<int>("--demo-size")
        {
            Description = $"Cables in the demo archive generated, with demo users, when the archive is empty (0: neither).",
            DefaultValueFactory = _ => DemoArchive.DefaultSize,
            HelpName = "N",
        };
        demoSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 1_000_000) r.AddError("--demo-size must be between 0 and 1000000");
        });
        var relay = new Option<string?>("--relay")
        {
            Description = "Run a relay station beside the site (its configuration, as for 'chancery relay --config'); it delivers into the archive served.",
            HelpName = "FILE",
        };
        var command = new Command("serve", "Serve the archive as a web site and JSON API (with a demo archive when it is empty), optionally with a relay station.")
        {
            db, postgres, urls, demoSize, relay,
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(db) is not null && r.GetValue(postgres) is not null) r.AddError("give --db or --postgres, not both");
        });
        command.SetAction(parsed =>
        {
            ArchiveLocation location = parsed.GetValue(postgres) is { } connection
                ? new ArchiveLocation.Postgres(connection)
                : new ArchiveLocation.Sqlite(parsed.GetValue(db) ?? ArchiveLocation.DefaultSqlitePath);
            var settings = new Settings(location, parsed.GetValue(urls) ?? DefaultUrls, parsed.GetValue(demoSize), parsed.GetValue(relay));
            return RunAsync(console, settings, stopping: null, CancellationToken.None).GetAwaiter().GetResult();
        });
        return command;
    }

    /// <summary>
    /// Opens the archive, starts the site, fills an empty archive with the demo corpus, and serves until Ctrl-C,
    /// SIGTERM or <paramref name="stop"/>. <paramref name="stopping"/> is told the listening addresses once started (tests).
    /// </summary>
    internal static async Task<int> RunAsync(CliConsole console, Settings settings, Action<IReadOnlyList<string>>? stopping, CancellationToken stop)
    {
        if (!TryCheckUrls(settings.Urls, out var urlError))
        {
            console.Fail(urlError);
            return ExitCodes.UsageOrInput;
        }
        StationConfig? relayConfig = null;
        if (settings.RelayConfig is { } relayPath)
        {
            try
            {
                relayConfig = StationConfigLoader.Load(relayPath);
            }
            catch (StationConfigException e)
            {
                console.Fail($"--relay {relayPath}: {e.Message}");
                return ExitCodes.UsageOrInput;
            }
        }
        IArchiveStore store;
        try
        {
            store = await ArchiveStores.OpenAsync(settings.Location, stop);
        }
        catch (ArchiveException e)
        {
            console.Fail(e.Message);
            return ExitCodes.UsageOrInput;
        }
        await using (store)
        {
            IReadOnlyList<DemoUsers.DemoUser> demoUsers;
            try
            {
                demoUsers = settings.DemoSize > 0 && (await store.CountAsync(stop)).Cables == 0
                    ? await DemoUsers.AddWhenNoUsersAsync(store, cancellationToken: stop)
                    : [];
            }
            catch (ArchiveException e)
            {
                console.Fail(e.Message);
                return ExitCodes.UsageOrInput;
            }
            RelayStation? station = null;
            if (relayConfig is not null && (station = await StationBeside.StartAsync(console, relayConfig, store, stop)) is null)
                return ExitCodes.UsageOrInput;
            await using var stationLifetime = station;
            using var host = ChanceryWebApp.CreateHostBuilder(new WebOptions { Store = store, Urls = settings.Urls, Station = station }).Build();
            try
            {
                await host.StartAsync(stop);
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or FormatException or SocketException)
            {
                // Kestrel: "Failed to bind to address http://127.0.0.1:5080: address already in use."
                console.Fail(FirstLine(e.Message).StartsWith("Failed to bind", StringComparison.Ordinal)
                    ? $"cannot listen: {FirstLine(e.Message)}"
                    : $"cannot listen on {settings.Urls}: {FirstLine(e.Message)}");
                return ExitCodes.UsageOrInput;
            }
            var lifetime = (IHostApplicationLifetime)host.Services.GetService(typeof(IHostApplicationLifetime))!;
            using var stopRegistration = stop.Register(lifetime.StopApplication);
            stopping?.Invoke(settings.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries));
            console.Error.WriteLine($"chancery: serving {store.Description} on {settings.Urls} (Ctrl-C stops)");
            if (station is not null) StationBeside.Describe(console, station, store);
            try
            {
                await DescribeAccessAsync(console, store, demoUsers, lifetime.ApplicationStopping);
            }
            catch (Exception e) when (e is ArchiveException or OperationCanceledException)
            {
                // Only the log line is lost; the site itself reports an unusable archive per request.
            }
            try
            {
                await SeedWhenEmptyAsync(console, store, settings.DemoSize, lifetime.ApplicationStopping);
            }
            catch (OperationCanceledException)
            {
                // Stopped while the demo archive was being made; what was committed stays.
            }
            catch (ArchiveException e)
            {
                console.Fail("the demo archive could not be stored: " + e.Message);
            }
            await host.WaitForShutdownAsync(CancellationToken.None);
            if (station is not null)
            {
                await station.DisposeAsync();
                console.Error.WriteLine($"chancery: relay station {station.Config.RoutingIndicator} stopped");
            }
            console.Error.WriteLine("chancery: stopped");
        }
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Tells whoever started the server what it exposes: the demo users just added (with their published passwords),
    /// whether readers must sign in, and how cables are released.
    /// </summary>
    private static async Task DescribeAccessAsync(CliConsole console, IArchiveStore store, IReadOnlyList<DemoUsers.DemoUser> added,
        CancellationToken cancellationToken)
    {
        if (added.Count > 0)
        {
            console.Error.WriteLine("chancery: demo users added (demo only: these passwords are published; never use them for real cables):");
            foreach (var demo in added)
                console.Error.WriteLine($"chancery:   {demo.User.Name,-11} password {demo.Password,-26} {demo.Description}");
        }
        var users = await store.Users.ListAsync(cancellationToken);
        console.Error.WriteLine(users.Count == 0
            ? "chancery: the archive has no users: everything is readable by anyone who can reach the site (add users with 'chancery users add' to require sign-in)"
            : $"chancery: {users.Count} user{(users.Count == 1 ? "" : "s")}: every page and API call needs a sign-in (/login or Authorization: Bearer TOKEN)");
        var policy = await store.GetPolicyAsync(cancellationToken);
        var mode = policy.Mode == ReleaseMode.PortionRelease
            ? "portion release (readers see cables partly above them, with those paragraphs withheld)"
            : "whole-cable (a reader sees a cable only if cleared for all of it)";
        console.Error.WriteLine($"chancery: release mode: {mode}; automatic declassification after the DECL date: {(policy.AutoDeclassify ? "on" : "off")}");
    }

    private static async Task SeedWhenEmptyAsync(CliConsole console, IArchiveStore store, int size, CancellationToken cancellationToken)
    {
        if (size == 0 || (await store.CountAsync(cancellationToken)).Cables > 0) return;
        console.Error.WriteLine($"chancery: the archive is empty: generating a demo archive of {size:N0} synthetic cables (as 'chancery synth' makes them) and ingesting it");
        var watch = Stopwatch.StartNew();
        var summary = await DemoArchive.SeedAsync(store, size, cancellationToken: cancellationToken);
        console.Error.WriteLine($"chancery: demo archive ready: {summary.Added:N0} cables, {summary.Updated:N0} later versions, {summary.Rejected:N0} rejected, in {watch.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>Checks the listening addresses before anything is opened, so a typo costs nothing.</summary>
    private static bool TryCheckUrls(string urls, out string error)
    {
        error = "";
        var parts = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            error = "--urls names no address";
            return false;
        }
        foreach (var part in parts)
        {
            var probe = part.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
            if (!Uri.TryCreate(probe, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.AbsolutePath != "/")
            {
                error = $"--urls: '{part}' is not an address like http://127.0.0.1:5080";
                return false;
            }
        }
        return true;
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim().TrimEnd('.');
}
