using System.Net;
using System.Net.Sockets;

namespace Chancery.Cli.Tests.Relay;

/// <summary>Configuration files for a line of stations: Astana dials Washington, Almaty dials Washington.</summary>
internal static class RelayConfigs
{
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public sealed record Line(string Astana, string Washington, string Almaty, int AstanaControl, int WashingtonControl, int AlmatyControl);

    public static Line Write(TempDir dir)
    {
        int hub = FreePort(), cA = FreePort(), cW = FreePort(), cT = FreePort();
        const string timers = "\"timers\": { \"retransmitSeconds\": 0.5, \"maxRetransmitSeconds\": 2, \"failoverSeconds\": 5 }";
        var washington = dir.Write("washington.json", $$"""
            {
              "routingIndicator": "RUEHC", "address": "SECSTATE WASHDC",
              "listen": "127.0.0.1:{{hub}}", "control": "127.0.0.1:{{cW}}", "dataDirectory": "./washington",
              "serves": ["RUEHC"],
              "links": [ { "name": "astana", "neighbor": "RUEHAST", "channel": "WAA" }, { "name": "almaty", "neighbor": "RUEHTA", "channel": "WAT" } ],
              "routes": [ { "prefix": "RUEHAST", "link": "astana" }, { "prefix": "RUEHTA", "link": "almaty" } ],
              {{timers}}
            }
            """);
        var astana = dir.Write("astana.json", $$"""
            {
              "routingIndicator": "RUEHAST", "address": "USOFFICE ASTANA", "control": "127.0.0.1:{{cA}}", "dataDirectory": "./astana",
              "serves": ["RUEHAST"],
              "links": [ { "name": "washington", "neighbor": "RUEHC", "endpoint": "127.0.0.1:{{hub}}", "channel": "AST" } ],
              "routes": [ { "prefix": "", "link": "washington" } ],
              {{timers}}
            }
            """);
        var almaty = dir.Write("almaty.json", $$"""
            {
              "routingIndicator": "RUEHTA", "address": "AMEMBASSY ALMATY", "control": "127.0.0.1:{{cT}}", "dataDirectory": "./almaty",
              "serves": ["RUEHTA"],
              "links": [ { "name": "washington", "neighbor": "RUEHC", "endpoint": "127.0.0.1:{{hub}}", "channel": "ALA" } ],
              "routes": [ { "prefix": "", "link": "washington" } ],
              {{timers}}
            }
            """);
        return new Line(astana, washington, almaty, cA, cW, cT);
    }

    /// <summary>A cable from Astana to Almaty (action) and Washington (info), written by chancery itself.</summary>
    public static string Cable(int serial, Chancery.Cables.Precedence precedence = Chancery.Cables.Precedence.Routine) =>
        new Chancery.Cables.CableWriter().Write(new Chancery.Cables.Cable
        {
            ReferenceId = $"26ASTANA{serial}",
            Origin = "ASTANA",
            Serial = serial,
            Created = new DateTime(2026, 11, 28, 12, 0, 0, DateTimeKind.Utc),
            Precedence = precedence,
            Classification = Chancery.Cables.Classification.Unclassified,
            From = new Chancery.Cables.Addressee(null, "USOFFICE ASTANA"),
            To = [new Chancery.Cables.Addressee("RUEHTA", "AMEMBASSY ALMATY")],
            Info = [new Chancery.Cables.Addressee("RUEHC", "SECSTATE WASHDC")],
            Subject = $"TEST {serial}",
            Paragraphs = [new Chancery.Cables.Paragraph(1, "U", $"MESSAGE NUMBER {serial}.")],
            Body = "",
        });
}
