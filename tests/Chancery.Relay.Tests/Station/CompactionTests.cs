using Chancery.Cables;
using Chancery.Relay.Configuration;
using Chancery.Relay.Tests.Support;

namespace Chancery.Relay.Tests.Station;

/// <summary>
/// A relay whose journal is compacted again and again (a tiny size limit) keeps everything the journal must say:
/// the backlog it owes a neighbour, its counts, and which transmissions it already answered for.
/// </summary>
public sealed class CompactionTests : IAsyncDisposable
{
    private readonly TestNetwork _net = new();

    public ValueTask DisposeAsync() => _net.DisposeAsync();

    private async Task<List<string>> ReleaseAsync(int first, int count)
    {
        var ids = new List<string>();
        for (var i = first; i < first + count; i++)
        {
            var outcome = Assert.Single(await _net.Stations["RUEHAST"].ReleaseAsync(TestCables.Text(TestCables.Simple("ASTANA", i, (Precedence)(i % 4), "RUEHTA", "RUEHC"))));
            Assert.Null(outcome.Error);
            ids.AddRange(outcome.Transmissions);
        }
        return ids;
    }

    [Fact]
    public async Task A_compacted_journal_keeps_the_backlog_the_counts_and_the_duplicate_check_across_a_restart()
    {
        const int count = 300;
        var hub = Ports.Free();
        _net.Define("RUEHC", ["RUEHC"], [new LinkConfig("astana", "RUEHAST", null, "WAA"), new LinkConfig("almaty", "RUEHTA", null, "WAT")],
            [new RouteConfig("RUEHAST", "astana", null), new RouteConfig("RUEHTA", "almaty", null)], hub);
        _net.Define("RUEHAST", ["RUEHAST"], [new LinkConfig("washington", "RUEHC", $"127.0.0.1:{hub}", "AST")], [new RouteConfig("", "washington", null)]);
        _net.Define("RUEHTA", ["RUEHTA"], [new LinkConfig("washington", "RUEHC", $"127.0.0.1:{hub}", "ALA")], [new RouteConfig("", "washington", null)]);
        _net.CompactAfterBytes["RUEHC"] = 16 * 1024;
        await _net.StartAsync("RUEHC");
        await _net.StartAsync("RUEHAST");

        // Almaty is down: Washington journals, delivers its own copies and holds Almaty's, compacting as it goes.
        var ids = await ReleaseAsync(1, count);
        await _net.WaitUntilAsync(() => _net.Stations["RUEHC"].GetStatus() is { Delivered: count } s && s.Lanes.Values.Sum() == count,
            TimeSpan.FromSeconds(60), "Washington to deliver its copies and hold Almaty's");
        Assert.True(_net.Stations["RUEHC"].JournalCompactions > 0, "the journal was never compacted");

        await _net.StopAsync("RUEHC");
        await _net.StartAsync("RUEHC");
        var restarted = _net.Stations["RUEHC"].GetStatus();
        Assert.Equal(count, restarted.Journaled);
        Assert.Equal(count, restarted.Delivered);
        Assert.Equal(count, restarted.Lanes.Values.Sum());

        await _net.StartAsync("RUEHTA");
        await _net.WaitUntilAsync(() => _net.Stations["RUEHTA"].GetDelivered().Count >= count, TimeSpan.FromSeconds(60), "the backlog at Almaty");

        // As much again, with Almaty up: it all finishes, and what finished leaves the journal at the next compaction.
        var journal = Path.Combine(_net.DataDirectory("RUEHC"), "journal.log");
        var withBacklog = new FileInfo(journal).Length;
        ids.AddRange(await ReleaseAsync(count + 1, count));
        await _net.WaitUntilAsync(() => _net.Stations["RUEHTA"].GetDelivered().Count >= 2 * count && _net.Stations["RUEHC"].GetStatus().Links.All(l => l.InFlight == 0),
            TimeSpan.FromSeconds(60), "the second batch at Almaty");
        Assert.True(new FileInfo(journal).Length < withBacklog, $"journal {new FileInfo(journal).Length} bytes after everything finished, {withBacklog} with the backlog");

        // Astana forgets Washington's receipts and sends everything again under new numbers: Washington must know
        // from its compacted journal that it answered for all of it.
        await _net.StopAsync("RUEHAST");
        Journaling.JournalTestAccess.WithoutAcknowledgements(Path.Combine(_net.DataDirectory("RUEHAST"), "journal.log"));
        await _net.StartAsync("RUEHAST");
        await _net.WaitUntilAsync(() => _net.Stations["RUEHC"].GetStatus().Counters.GetValueOrDefault("duplicates") >= 2 * count, TimeSpan.FromSeconds(60), "duplicates filed at Washington");
        await Task.Delay(500);

        foreach (var ri in new[] { "RUEHC", "RUEHTA" })
        {
            var keys = _net.Stations[ri].GetDelivered().Select(d => $"{d.OriginatingStation} #{d.StationSerial:D4}/{d.Section:D2}").ToList();
            Assert.Equal(ids.Order(), keys.Order());
        }
        Assert.Equal(2 * count, _net.Stations["RUEHC"].GetStatus().Delivered);
        Assert.Equal(2 * count, _net.Archives["RUEHTA"].Saved.Count);
    }
}
