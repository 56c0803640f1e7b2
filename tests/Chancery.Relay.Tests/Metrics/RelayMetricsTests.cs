using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Chancery.Cables;
using Chancery.Relay.Configuration;
using Chancery.Relay.Metrics;
using Chancery.Relay.Tests.Support;

namespace Chancery.Relay.Tests.Metrics;

/// <summary>The meter <c>Chancery.Relay</c> as a listener sees it.</summary>
public sealed class RelayMetricsTests : IAsyncDisposable
{
    private readonly TestNetwork _net = new();
    private readonly MeterListener _listener = new();
    // (instrument, station, link, extra tag) -> sum of measurements; gauges keep their last value.
    private readonly ConcurrentDictionary<(string Instrument, string? Station, string? Link, string? Tag), long> _seen = new();

    public RelayMetricsTests()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == RelayMetrics.MeterName) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags, sum: true));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags, sum: false));
        _listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) => Record(instrument, 1, tags, sum: true));
        _listener.Start();
    }

    private void Record(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags, bool sum)
    {
        string? station = null, link = null, tag = null;
        foreach (var (key, v) in tags)
        {
            if (key == "station") station = v as string;
            else if (key == "link") link = v as string;
            else tag = v as string;
        }
        var at = (instrument.Name, station, link, tag);
        if (sum) _seen.AddOrUpdate(at, value, (_, old) => old + value);
        else _seen[at] = value;
    }

    private long Sum(string instrument, string station, string? link = null) =>
        _seen.Where(kv => kv.Key.Instrument == instrument && kv.Key.Station == station && (link is null || kv.Key.Link == link)).Sum(kv => kv.Value);

    public async ValueTask DisposeAsync()
    {
        _listener.Dispose();
        await _net.DisposeAsync();
    }

    // Stations of their own (RUEHMW, RUEHMA, RUEHMT): the listener also hears the stations of tests running beside this one.
    [Fact]
    public async Task Traffic_through_a_relay_shows_in_its_counters_and_lane_depth_gauges()
    {
        const int count = 20;
        var hub = Ports.Free();
        _net.Define("RUEHMW", ["RUEHMW"], [new LinkConfig("astana", "RUEHMA", null, "WAA"), new LinkConfig("almaty", "RUEHMT", null, "WAT")],
            [new RouteConfig("RUEHMA", "astana", null), new RouteConfig("RUEHMT", "almaty", null)], hub);
        _net.Define("RUEHMA", ["RUEHMA"], [new LinkConfig("washington", "RUEHMW", $"127.0.0.1:{hub}", "AST")], [new RouteConfig("", "washington", null)]);
        _net.Define("RUEHMT", ["RUEHMT"], [new LinkConfig("washington", "RUEHMW", $"127.0.0.1:{hub}", "ALA")], [new RouteConfig("", "washington", null)]);
        await _net.StartAsync("RUEHMW");
        await _net.StartAsync("RUEHMA");
        for (var i = 1; i <= count; i++)
            Assert.Null(Assert.Single(await _net.Stations["RUEHMA"].ReleaseAsync(TestCables.Text(TestCables.Simple("ASTANA", i, i <= 5 ? Precedence.Immediate : Precedence.Routine, "RUEHMT", "RUEHMW")))).Error);
        await _net.WaitUntilAsync(() => _net.Stations["RUEHMW"].GetStatus() is { Delivered: count } s && s.Lanes.Values.Sum() == count, TimeSpan.FromSeconds(30), "the backlog at Washington");

        _listener.RecordObservableInstruments();
        Assert.Equal(5, _seen[("chancery.relay.lane.depth", "RUEHMW", "almaty", "IMMEDIATE")]);
        Assert.Equal(count - 5, _seen[("chancery.relay.lane.depth", "RUEHMW", "almaty", "ROUTINE")]);
        Assert.Equal(0, _seen[("chancery.relay.lane.depth", "RUEHMW", "almaty", "FLASH")]);

        await _net.StartAsync("RUEHMT");
        await _net.WaitUntilAsync(() => _net.Stations["RUEHMT"].GetDelivered().Count == count
            && Sum("chancery.relay.handling.duration", "RUEHMW", "almaty") == count, TimeSpan.FromSeconds(30), "Almaty's deliveries and receipts");

        Assert.Equal(count, Sum("chancery.relay.transmissions.sent", "RUEHMA", "washington"));
        Assert.Equal(count, Sum("chancery.relay.transmissions.received", "RUEHMW", "astana"));
        Assert.Equal(count, Sum("chancery.relay.transmissions.sent", "RUEHMW", "almaty"));
        Assert.Equal(count, Sum("chancery.relay.transmissions.delivered", "RUEHMW"));
        Assert.Equal(count, Sum("chancery.relay.transmissions.received", "RUEHMT", "washington"));
        Assert.Equal(count, Sum("chancery.relay.transmissions.delivered", "RUEHMT"));
        Assert.Equal(0, Sum("chancery.relay.gaps", "RUEHMW") + Sum("chancery.relay.duplicates", "RUEHMW") + Sum("chancery.relay.speed_of_service.misses", "RUEHMW"));
        _listener.RecordObservableInstruments();
        Assert.Equal(0, Sum("chancery.relay.lane.depth", "RUEHMW"));
    }

    [Fact]
    public void A_copy_handed_on_later_than_its_precedence_allows_counts_as_a_speed_of_service_miss()
    {
        using var metrics = new RelayMetrics("RUEHXX", () => []);

        metrics.Handled("almaty", Precedence.Flash, TimeSpan.FromMinutes(11));
        metrics.Handled("almaty", Precedence.Flash, TimeSpan.FromMinutes(9));
        metrics.Handled("almaty", Precedence.Routine, TimeSpan.FromHours(5));
        metrics.Handled(null, Precedence.Immediate, TimeSpan.FromMinutes(31));

        Assert.Equal(1, _seen[("chancery.relay.speed_of_service.misses", "RUEHXX", "almaty", "FLASH")]);
        Assert.False(_seen.ContainsKey(("chancery.relay.speed_of_service.misses", "RUEHXX", "almaty", "ROUTINE")));
        Assert.Equal(1, _seen[("chancery.relay.speed_of_service.misses", "RUEHXX", "local", "IMMEDIATE")]);
        Assert.Equal(1, Sum("chancery.relay.transmissions.delivered", "RUEHXX"));
        Assert.Equal(TimeSpan.FromMinutes(10), RelayMetrics.Objective(Precedence.Flash));
        Assert.Equal(TimeSpan.FromHours(6), RelayMetrics.Objective(Precedence.Routine));
    }
}
