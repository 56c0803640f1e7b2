using System.Text.Json;

namespace Chancery.Cli.Tests.Relay;

/// <summary>
/// Issue 6's end-to-end test: six station processes on 127.0.0.1 (Washington hub RUEHC, Astana, Almaty, Kabul, the
/// CIS collective relay RUCNCIS serving St Petersburg, Vladivostok and Yekaterinburg, and Dushanbe behind it); a
/// cable addressed like the seed is released at Astana; every addressee's station delivers exactly one copy.
/// </summary>
public class SeedNetworkProcessTests
{
    [Fact]
    public async Task The_seed_cable_crosses_six_station_processes_once_per_addressee()
    {
        using var dir = new TempDir();
        int hub = RelayConfigs.FreePort(), cis = RelayConfigs.FreePort();
        var controls = new Dictionary<string, int>();
        string Write(string ri, string body)
        {
            controls[ri] = RelayConfigs.FreePort();
            return dir.Write(ri + ".json", $$"""{ "routingIndicator": "{{ri}}", "address": "STATION {{ri}}", "control": "127.0.0.1:{{controls[ri]}}", "dataDirectory": "./{{ri}}", {{body}} }""");
        }
        const string cisCollective = "\"collectives\": { \"RUCNCIS\": [\"RUEHDBU\", \"RUEHLN\", \"RUEHVK\", \"RUEHYG\"] }";
        var configs = new List<string>
        {
            Write("RUEHC", $$"""
                "listen": "127.0.0.1:{{hub}}", "serves": ["RUEHC"],
                "links": [ { "name": "astana", "neighbor": "RUEHAST", "channel": "WAA" }, { "name": "almaty", "neighbor": "RUEHTA", "channel": "WAT" },
                           { "name": "kabul", "neighbor": "RUEHBUL", "channel": "WAK" }, { "name": "cis", "neighbor": "RUCNCIS", "channel": "WAC" } ],
                "routes": [ { "prefix": "RUEHAST", "link": "astana" }, { "prefix": "RUEHTA", "link": "almaty" }, { "prefix": "RUEHBUL", "link": "kabul" },
                            { "prefix": "RUEHDBU", "link": "cis" }, { "prefix": "RUEHLN", "link": "cis" }, { "prefix": "RUEHVK", "link": "cis" }, { "prefix": "RUEHYG", "link": "cis" } ]
                """),
            Write("RUCNCIS", $$"""
                "listen": "127.0.0.1:{{cis}}", "serves": ["RUEHLN", "RUEHVK", "RUEHYG"],
                "links": [ { "name": "washington", "neighbor": "RUEHC", "endpoint": "127.0.0.1:{{hub}}", "channel": "CIS" }, { "name": "dushanbe", "neighbor": "RUEHDBU", "channel": "CID" } ],
                "routes": [ { "prefix": "RUEHDBU", "link": "dushanbe" }, { "prefix": "", "link": "washington" } ]
                """),
            Write("RUEHDBU", $$"""
                "serves": ["RUEHDBU"], "links": [ { "name": "cis", "neighbor": "RUCNCIS", "endpoint": "127.0.0.1:{{cis}}", "channel": "DBU" } ],
                "routes": [ { "prefix": "", "link": "cis" } ]
                """),
        };
        foreach (var (ri, channel) in new[] { ("RUEHAST", "AST"), ("RUEHTA", "ALA"), ("RUEHBUL", "KBL") })
            configs.Add(Write(ri, $$"""
                "serves": ["{{ri}}"], "links": [ { "name": "washington", "neighbor": "RUEHC", "endpoint": "127.0.0.1:{{hub}}", "channel": "{{channel}}" } ],
                "routes": [ { "prefix": "", "link": "washington" } ], {{cisCollective}}
                """));
        var stations = configs.Select(c => Path.GetFileNameWithoutExtension(c)).ToDictionary(ri => ri, ri => new RelayProcess(dir.Path + "/" + ri + ".json", controls[ri]));
        try
        {
            await Task.WhenAll(stations.Values.Select(s => s.WaitReadyAsync()));
            var cable = dir.Write("seed-like.txt", SeedLike());

            var sent = CliRunner.Run("relay", "send", "--control", $"127.0.0.1:{controls["RUEHAST"]}", cable);
            Assert.Equal(0, sent.Exit);
            Assert.Equal("06ASTANA38 RUEHAST #0038/01", Assert.Single(sent.OutLines));

            var expected = new Dictionary<string, string[]>
            {
                ["RUEHAST"] = ["RUEHAST"], ["RUEHC"] = ["RUEHC"], ["RUEHTA"] = ["RUEHTA"], ["RUEHBUL"] = ["RUEHBUL"],
                ["RUCNCIS"] = ["RUEHLN", "RUEHVK", "RUEHYG"], ["RUEHDBU"] = ["RUEHDBU"],
            };
            var until = DateTime.UtcNow.AddSeconds(60);
            while (true)
            {
                var counts = await Task.WhenAll(expected.Keys.Select(async ri => (await stations[ri].DeliveredAsync()).Count));
                if (counts.All(c => c >= 1)) break;
                Assert.True(DateTime.UtcNow < until, "not every station delivered: " + string.Join(", ", counts));
                await Task.Delay(200, TestContext.Current.CancellationToken);
            }
            await Task.Delay(1000, TestContext.Current.CancellationToken);
            foreach (var (ri, indicators) in expected)
            {
                var delivered = Assert.Single(await stations[ri].DeliveredAsync());
                Assert.Equal("06ASTANA38", delivered.GetProperty("referenceId").GetString());
                Assert.Equal(38, delivered.GetProperty("stationSerial").GetInt32());
                Assert.Equal(indicators, delivered.GetProperty("routingIndicators").EnumerateArray().Select(e => e.GetString()));
            }
            var status = await stations["RUEHC"].StatusAsync();
            Assert.Equal(["RUCPDO", "RUEHVEN"], status.GetProperty("unroutable").EnumerateArray().Select(u => u.GetProperty("routingIndicator").GetString()).Order());
            // The copy Washington sent to the CIS relay carried the seed's routing line.
            var cisLink = status.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("name").GetString() == "cis");
            Assert.Equal(1, cisLink.GetProperty("sent").GetInt64());
        }
        finally
        {
            foreach (var s in stations.Values) s.Dispose();
        }
    }

    /// <summary>A cable written for this test, addressed as the seed cable was (Astana, April 2006).</summary>
    private static string SeedLike() => """
        P 240336Z APR 06
        FM USOFFICE ASTANA
        TO RUEHC/SECSTATE WASHDC PRIORITY 0116
        INFO RUEHTA/AMEMBASSY ALMATY PRIORITY 0108
        RUCNCIS/CIS COLLECTIVE
        RUEHBUL/AMEMBASSY KABUL 0024
        RUEHVEN/USMISSION USOSCE 0048
        RUCPDO/DEPT OF COMMERCE WASHINGTON DC
        RUEHAST/USOFFICE ASTANA 0118
        BT
        UNCLAS ASTANA 000038
        SIPDIS
        E.O. 12958: N/A
        TAGS: PGOV KZ
        SUBJECT: KAZAKHSTAN: A TEST MESSAGE FOR THE RELAY NETWORK

        1. (U) THIS MESSAGE WAS WRITTEN FOR THE RELAY TESTS.
        BT
        NNNN

        """;
}
