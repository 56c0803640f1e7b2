using System.Net;
using System.Net.Sockets;
using Chancery.Archive;
using Chancery.Cables;
using Chancery.Relay.Configuration;
using Chancery.Relay.Station;

namespace Chancery.Web.Tests.Comm;

/// <summary>
/// The two in-process stations the comm-centre tests (here and in the browser tests) run: a Washington hub and Astana
/// with a link to it, on loopback ports.
/// </summary>
public static class TestStations
{
    /// <summary>
    /// A cable from Astana, written by chancery itself, for <paramref name="to"/> (action) and <paramref name="info"/>
    /// (routing indicators), with <paramref name="subject"/> and one unclassified paragraph of <paramref name="text"/>.
    /// </summary>
    public static string AstanaCable(int serial, Precedence precedence, DateTime created, string subject, string text,
        IEnumerable<string> to, IEnumerable<string>? info = null) =>
        new CableWriter().Write(new Cable
        {
            ReferenceId = $"26ASTANA{serial}",
            Origin = "ASTANA",
            Serial = serial,
            Created = created,
            Precedence = precedence,
            Classification = Classification.Unclassified,
            From = new Addressee(null, "USOFFICE ASTANA"),
            To = [.. to.Select(ri => new Addressee(ri, PlainAddress(ri)))],
            Info = [.. (info ?? []).Select(ri => new Addressee(ri, PlainAddress(ri)))],
            Subject = subject,
            Paragraphs = [new Paragraph(1, "U", text)],
            Body = "",
        });

    private static string PlainAddress(string ri) => ri switch
    {
        "RUEHC" => "SECSTATE WASHDC",
        "RUEHTA" => "AMEMBASSY ALMATY",
        "RUEHAST" => "USOFFICE ASTANA",
        _ => "AMEMBASSY NOWHERE",
    };

    /// <summary>Starts the Washington hub (<c>RUEHC</c>) under <paramref name="folder"/>, listening for Astana's link.</summary>
    public static async Task<RelayStation> StartWashingtonAsync(string folder, IArchiveStore archive, LinkTimers timers)
    {
        var hub = new RelayStation(new StationConfig
        {
            RoutingIndicator = "RUEHC",
            Address = "SECSTATE WASHDC",
            Listen = $"127.0.0.1:{FreePort()}",
            DataDirectory = Path.Combine(folder, "washington"),
            Serves = ["RUEHC"],
            Links = [new LinkConfig("astana", "RUEHAST", null, "WAA")],
            Routes = [new RouteConfig("RUEHAST", "astana", null)],
            Timers = timers,
        }, archive, durable: false);
        await hub.StartAsync();
        return hub;
    }

    /// <summary>
    /// Starts Astana (<c>RUEHAST</c>) under <paramref name="folder"/>, delivering into <paramref name="archive"/>, with a
    /// link to the hub on <paramref name="hubPort"/> and any further links and routes given.
    /// </summary>
    public static async Task<RelayStation> StartAstanaAsync(string folder, IArchiveStore archive, int? hubPort, LinkTimers timers,
        params (LinkConfig Link, RouteConfig Route)[] more)
    {
        var astana = new RelayStation(new StationConfig
        {
            RoutingIndicator = "RUEHAST",
            Address = "USOFFICE ASTANA",
            DataDirectory = Path.Combine(folder, "astana"),
            Serves = ["RUEHAST"],
            Links = [new LinkConfig("washington", "RUEHC", $"127.0.0.1:{hubPort}", "AST"), .. more.Select(m => m.Link)],
            Routes = [new RouteConfig("RUEHC", "washington", null), .. more.Select(m => m.Route)],
            Timers = timers,
        }, archive, durable: false);
        await astana.StartAsync();
        return astana;
    }

    /// <summary>A loopback port free a moment ago (station configurations name a real port).</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits (real time, at most 20 s) until <paramref name="done"/> holds.</summary>
    public static async Task WaitUntilAsync(Func<bool> done, string what)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!done())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("timed out waiting for " + what);
            await Task.Delay(50);
        }
    }

}
