using System.Text;
using Chancery.Cables;
using Chancery.Relay.Configuration;
using Chancery.Relay.Tests.Support;

namespace Chancery.Relay.Tests.Station;

public sealed class PrecedenceAndFailoverTests : IAsyncDisposable
{
    private readonly TestNetwork _net = new();

    public ValueTask DisposeAsync() => _net.DisposeAsync();

    private void DefineLine(int hub)
    {
        _net.Define("RUEHC", ["RUEHC"], [new LinkConfig("astana", "RUEHAST", null, "WAA"), new LinkConfig("almaty", "RUEHTA", null, "WAT")],
            [new RouteConfig("RUEHAST", "astana", null), new RouteConfig("RUEHTA", "almaty", null)], hub);
        _net.Define("RUEHTA", ["RUEHTA"], [new LinkConfig("washington", "RUEHC", $"127.0.0.1:{hub}", "ALA")], [new RouteConfig("", "washington", null)]);
    }

    private static string Many(int from, int count, Precedence precedence)
    {
        var text = new StringBuilder();
        for (var i = from; i < from + count; i++) text.Append(TestCables.Text(TestCables.Simple("ASTANA", i, precedence, "RUEHTA")));
        return text.ToString();
    }

    [Fact]
    public async Task A_flash_goes_out_before_the_routine_backlog_queued_ahead_of_it()
    {
        var hub = Ports.Free();
        DefineLine(hub);
        _net.Define("RUEHAST", ["RUEHAST"], [new LinkConfig("washington", "RUEHC", $"127.0.0.1:{hub}", "AST")], [new RouteConfig("", "washington", null)]);
        await _net.StartAsync("RUEHC");
        await _net.StartAsync("RUEHAST");
        const int backlog = 1000;

        var routine = await _net.Stations["RUEHAST"].ReleaseAsync(Many(1, backlog, Precedence.Routine));
        Assert.All(routine, r => Assert.Null(r.Error));
        await _net.WaitUntilAsync(() => _net.Stations["RUEHC"].GetStatus().Lanes["ROUTINE"] == backlog, TimeSpan.FromSeconds(60), "the backlog at Washington");
        var flash = Assert.Single(await _net.Stations["RUEHAST"].ReleaseAsync(Many(backlog + 1, 1, Precedence.Flash)));
        await _net.WaitUntilAsync(() => _net.Stations["RUEHC"].GetStatus().Lanes["FLASH"] == 1, TimeSpan.FromSeconds(30), "the flash at Washington");

        await _net.StartAsync("RUEHTA");
        await _net.WaitUntilAsync(() => _net.Stations["RUEHTA"].GetDelivered().Count == backlog + 1, TimeSpan.FromSeconds(90), "everything at Almaty");

        var delivered = _net.Stations["RUEHTA"].GetDelivered();
        Assert.Equal("FLASH", delivered[0].Precedence);
        Assert.Equal(flash.Transmissions.Single(), $"{delivered[0].OriginatingStation} #{delivered[0].StationSerial:D4}/{delivered[0].Section:D2}");
        // The routine traffic kept its order of receipt behind the flash.
        Assert.Equal(Enumerable.Range(1, backlog), delivered.Skip(1).Select(d => d.StationSerial));
    }

    [Fact]
    public async Task Traffic_waiting_for_a_dead_link_moves_to_the_alternate_route()
    {
        var hub = Ports.Free();
        var dead = Ports.Free();
        DefineLine(hub);
        _net.Define("RUEHAST", ["RUEHAST"],
            [new LinkConfig("almaty", "RUEHTA", $"127.0.0.1:{dead}", "ASA"), new LinkConfig("washington", "RUEHC", $"127.0.0.1:{hub}", "AST")],
            [new RouteConfig("RUEHTA", "almaty", "washington"), new RouteConfig("", "washington", null)]);
        await _net.StartAsync("RUEHAST");

        // Both links are down: the traffic waits on the primary.
        var released = await _net.Stations["RUEHAST"].ReleaseAsync(Many(1, 10, Precedence.Priority));
        Assert.Equal(10, _net.Stations["RUEHAST"].GetStatus().Links.Single(l => l.Name == "almaty").Queued);

        await _net.StartAsync("RUEHC");
        await _net.StartAsync("RUEHTA");
        await _net.WaitUntilAsync(() => _net.Stations["RUEHTA"].GetDelivered().Count == 10, TimeSpan.FromSeconds(30), "delivery by the alternate route");
        await Task.Delay(500);

        Assert.Equal(10, _net.Stations["RUEHTA"].GetDelivered().Count);
        Assert.Equal(10, _net.Stations["RUEHAST"].GetStatus().Counters["failedOver"]);
        Assert.Equal(0, _net.Stations["RUEHAST"].GetStatus().Links.Single(l => l.Name == "almaty").Queued);
        Assert.Equal(released.SelectMany(r => r.Transmissions).Order(), _net.Stations["RUEHTA"].GetDelivered().Select(d => $"{d.OriginatingStation} #{d.StationSerial:D4}/{d.Section:D2}").Order());
    }

    [Fact]
    public async Task A_station_restarted_from_its_journal_still_has_every_accepted_transmission()
    {
        var hub = Ports.Free();
        DefineLine(hub);
        _net.Define("RUEHAST", ["RUEHAST"], [new LinkConfig("washington", "RUEHC", $"127.0.0.1:{hub}", "AST")], [new RouteConfig("", "washington", null)]);
        await _net.StartAsync("RUEHAST");
        var released = await _net.Stations["RUEHAST"].ReleaseAsync(Many(1, 40, Precedence.Routine));
        await _net.StopAsync("RUEHAST");

        await _net.StartAsync("RUEHAST");
        Assert.Equal(40, _net.Stations["RUEHAST"].GetStatus().Lanes["ROUTINE"]);
        await _net.StartAsync("RUEHC");
        await _net.StartAsync("RUEHTA");

        await _net.WaitUntilAsync(() => _net.Stations["RUEHTA"].GetDelivered().Count == 40, TimeSpan.FromSeconds(30), "delivery after the restart");
        Assert.Equal(released.SelectMany(r => r.Transmissions).Order(), _net.Stations["RUEHTA"].GetDelivered().Select(d => $"{d.OriginatingStation} #{d.StationSerial:D4}/{d.Section:D2}").Order());
    }

    [Fact]
    public async Task A_failing_archive_is_retried_and_delivers_once()
    {
        var hub = Ports.Free();
        DefineLine(hub);
        _net.Define("RUEHAST", ["RUEHAST"], [new LinkConfig("washington", "RUEHC", $"127.0.0.1:{hub}", "AST")], [new RouteConfig("", "washington", null)]);
        await _net.StartAsync("RUEHC");
        await _net.StartAsync("RUEHTA", new FakeArchive { FailNext = 2 });
        await _net.StartAsync("RUEHAST");

        await _net.Stations["RUEHAST"].ReleaseAsync(Many(1, 5, Precedence.Immediate));

        await _net.WaitUntilAsync(() => _net.Stations["RUEHTA"].GetDelivered().Count == 5, TimeSpan.FromSeconds(30), "delivery after archive errors");
        Assert.Equal(5, _net.Archives["RUEHTA"].Saved.Count);
        Assert.Equal(2, _net.Stations["RUEHTA"].GetStatus().Counters["archiveErrors"]);
    }
}
