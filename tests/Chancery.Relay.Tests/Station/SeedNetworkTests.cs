using Chancery.Cables;
using Chancery.Relay.Configuration;
using Chancery.Relay.Tests.Support;

namespace Chancery.Relay.Tests.Station;

/// <summary>
/// The seed cable's network in one process: Washington (RUEHC) as hub; Astana, Almaty and Kabul dial it; the CIS
/// relay (RUCNCIS, serving St Petersburg, Vladivostok and Yekaterinburg) dials it and Dushanbe dials the CIS relay.
/// </summary>
public sealed class SeedNetworkTests : IAsyncDisposable
{
    private readonly TestNetwork _net = new();

    public ValueTask DisposeAsync() => _net.DisposeAsync();

    internal static void DefineSeedNetwork(TestNetwork net)
    {
        var hub = Ports.Free();
        var cis = Ports.Free();
        var collectives = new Dictionary<string, IReadOnlyList<string>> { ["RUCNCIS"] = ["RUEHDBU", "RUEHLN", "RUEHVK", "RUEHYG"] };
        net.Define("RUEHC", ["RUEHC"],
            [new LinkConfig("astana", "RUEHAST", null, "WAA"), new LinkConfig("almaty", "RUEHTA", null, "WAT"),
             new LinkConfig("kabul", "RUEHBUL", null, "WAK"), new LinkConfig("cis", "RUCNCIS", null, "WAC")],
            [new RouteConfig("RUEHAST", "astana", null), new RouteConfig("RUEHTA", "almaty", null), new RouteConfig("RUEHBUL", "kabul", null),
             new RouteConfig("RUEHDBU", "cis", null), new RouteConfig("RUEHLN", "cis", null), new RouteConfig("RUEHVK", "cis", null), new RouteConfig("RUEHYG", "cis", null)],
            hub, collectives);
        foreach (var (ri, channel) in new[] { ("RUEHAST", "AST"), ("RUEHTA", "ALA"), ("RUEHBUL", "KBL") })
            net.Define(ri, [ri], [new LinkConfig("washington", "RUEHC", $"127.0.0.1:{hub}", channel)], [new RouteConfig("", "washington", null)],
                collectives: collectives);
        net.Define("RUCNCIS", ["RUEHLN", "RUEHVK", "RUEHYG"],
            [new LinkConfig("washington", "RUEHC", $"127.0.0.1:{hub}", "CIS"), new LinkConfig("dushanbe", "RUEHDBU", null, "CID")],
            [new RouteConfig("RUEHDBU", "dushanbe", null), new RouteConfig("", "washington", null)], cis);
        net.Define("RUEHDBU", ["RUEHDBU"], [new LinkConfig("cis", "RUCNCIS", $"127.0.0.1:{cis}", "DBU")], [new RouteConfig("", "cis", null)]);
    }

    [Fact]
    public async Task The_seed_cable_released_at_astana_reaches_every_addressee_once_with_segregated_routing_lines()
    {
        DefineSeedNetwork(_net);
        await _net.StartAllAsync();

        var outcome = Assert.Single(await _net.Stations["RUEHAST"].ReleaseAsync(TestCables.Text(TestCables.SeedLike())));
        Assert.Null(outcome.Error);
        Assert.Equal(["RUEHAST #0038/01"], outcome.Transmissions);

        string[] receivers = ["RUEHAST", "RUEHC", "RUEHTA", "RUEHBUL", "RUCNCIS", "RUEHDBU"];
        await _net.WaitUntilAsync(() => receivers.All(ri => _net.Stations[ri].GetDelivered().Count == 1), TimeSpan.FromSeconds(30), "every addressee's station to deliver");
        await Task.Delay(500);

        foreach (var ri in receivers)
        {
            var delivered = Assert.Single(_net.Stations[ri].GetDelivered());
            Assert.Equal("06ASTANA38", delivered.ReferenceId);
            Assert.Equal(38, delivered.StationSerial);
            Assert.Equal("PRIORITY", delivered.Precedence);
            Assert.Single(_net.Archives[ri].Saved);
        }
        Assert.Equal(["RUEHLN", "RUEHVK", "RUEHYG"], _net.Stations["RUCNCIS"].GetDelivered()[0].RoutingIndicators);

        // The copy the CIS relay received carries exactly the seed's routing line; Dushanbe's only its own.
        Assert.Equal("PP RUEHDBU RUEHLN RUEHVK RUEHYG", RoutingLine(_net.Archives["RUCNCIS"]));
        Assert.Equal("PP RUEHDBU", RoutingLine(_net.Archives["RUEHDBU"]));
        Assert.Equal("PP RUEHTA", RoutingLine(_net.Archives["RUEHTA"]));
        Assert.Equal("PP RUEHBUL", RoutingLine(_net.Archives["RUEHBUL"]));
        Assert.Equal("PP RUEHC RUEHTA RUEHDBU RUEHLN RUEHVK RUEHYG RUEHBUL RUEHVEN RUCPDO", RoutingLine(_net.Archives["RUEHC"]));

        // Washington has no route for the OSCE mission or Commerce: held for an operator and listed.
        var status = _net.Stations["RUEHC"].GetStatus();
        Assert.Equal(["RUCPDO", "RUEHVEN"], status.Unroutable.Select(u => u.RoutingIndicator).Order());
        Assert.All(status.Unroutable, u => Assert.Equal("06ASTANA38", u.ReferenceId));
        Assert.All(_net.Stations.Values, s => Assert.Equal(0, s.GetStatus().Counters.GetValueOrDefault("duplicates")));

        var cable = new CableReader().Read(_net.Archives["RUEHDBU"].Saved.Single().RawText);
        Assert.Equal("RUEHAST", cable.Transmission!.OriginatingStation);
        Assert.Equal("CID", cable.Transmission.Channel);
    }

    [Fact]
    public async Task Releasing_the_same_message_twice_is_refused_the_second_time()
    {
        DefineSeedNetwork(_net);
        await _net.StartAsync("RUEHAST");
        var text = TestCables.Text(TestCables.SeedLike() with { Transmission = new Transmission { OriginatingStation = "RUEHAST", StationSerial = 38 } });

        var first = Assert.Single(await _net.Stations["RUEHAST"].ReleaseAsync(text));
        var second = Assert.Single(await _net.Stations["RUEHAST"].ReleaseAsync(text));

        Assert.Null(first.Error);
        Assert.Contains("already released", second.Error, StringComparison.Ordinal);
        Assert.Equal(1, _net.Stations["RUEHAST"].GetStatus().Journaled);
    }

    [Fact]
    public async Task A_cable_without_routing_indicators_is_refused_with_the_reason()
    {
        DefineSeedNetwork(_net);
        await _net.StartAsync("RUEHAST");
        var cable = TestCables.SeedLike() with { To = [new Addressee(null, "SECSTATE WASHDC")], Info = [] };

        var outcome = Assert.Single(await _net.Stations["RUEHAST"].ReleaseAsync(TestCables.Text(cable)));

        Assert.Equal("no addressee has a routing indicator", outcome.Error);
    }

    internal static string RoutingLine(FakeArchive archive) => archive.Saved.Single().RawText.Split('\n')[1];
}
