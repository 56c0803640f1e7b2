using Chancery.Cables;
using Chancery.Relay.Configuration;
using Chancery.Relay.Journaling;
using Chancery.Relay.Routing;
using Chancery.Relay.Station;
using Chancery.Relay.Tests.Support;

namespace Chancery.Relay.Tests.Station;

/// <summary>
/// A compaction's snapshot may race a record: the record reaches the log about when the snapshot's mark is taken,
/// so that the snapshot already holds it (carried, or finished and only answered for) and the tail copied after the
/// snapshot holds it again. Replaying such a journal must apply it once: queued once, delivered once, counted once.
/// </summary>
public sealed class RacedSnapshotReplayTests : IAsyncDisposable
{
    private readonly TestNetwork _net = new();

    public ValueTask DisposeAsync() => _net.DisposeAsync();

    [Fact]
    public async Task A_record_both_in_the_snapshot_and_in_the_tail_is_queued_delivered_and_counted_once()
    {
        const int count = 5;
        var hub = Ports.Free();
        _net.Define("RUEHC", ["RUEHC"], [new LinkConfig("almaty", "RUEHTA", null, "WAT")], [new RouteConfig("RUEHTA", "almaty", null)], hub);
        _net.Define("RUEHTA", ["RUEHTA"], [new LinkConfig("washington", "RUEHC", $"127.0.0.1:{hub}", "ALA")], [new RouteConfig("", "washington", null)]);
        await _net.StartAsync("RUEHC");

        // Almaty is down: Washington delivers its own copies and holds Almaty's. One more is for Washington alone:
        // delivered, it is finished and a snapshot no longer carries it.
        var washington = _net.Stations["RUEHC"];
        for (var i = 1; i <= count; i++)
            Assert.Null(Assert.Single(await washington.ReleaseAsync(TestCables.Text(TestCables.Simple("WASHDC", i, Precedence.Routine, "RUEHTA", "RUEHC")))).Error);
        Assert.Null(Assert.Single(await washington.ReleaseAsync(TestCables.Text(TestCables.Simple("WASHDC", count + 1, Precedence.Routine, "RUEHC")))).Error);
        await _net.WaitUntilAsync(() => washington.GetStatus() is { Delivered: count + 1 } s && s.Lanes.Values.Sum() == count,
            TimeSpan.FromSeconds(30), "Washington to deliver its copies and hold Almaty's");
        await _net.StopAsync("RUEHC");

        // Rewrite Washington's journal as a compaction that raced every accepted record: the snapshot of the state,
        // then each accepted record once more in the tail.
        var path = Path.Combine(_net.DataDirectory("RUEHC"), "journal.log");
        var accepted = RewriteAsRaced(path);
        Assert.Equal(count + 1, accepted);

        var archive = new FakeArchive();
        await _net.StartAsync("RUEHC", archive);
        washington = _net.Stations["RUEHC"];
        var restarted = washington.GetStatus();
        Assert.Equal(count + 1, restarted.Journaled);
        Assert.Equal(count + 1, restarted.Delivered);
        Assert.Equal(count, restarted.Lanes["ROUTINE"]);

        // Almaty comes up: each of its copies arrives once, and nothing is sent twice (no duplicate to file).
        await _net.StartAsync("RUEHTA");
        var almaty = _net.Stations["RUEHTA"];
        await _net.WaitUntilAsync(() => almaty.GetDelivered().Count >= count && washington.GetStatus().Links.All(l => l.InFlight == 0 && l.Queued == 0),
            TimeSpan.FromSeconds(30), "Almaty to receive its copies");
        var keys = almaty.GetDelivered().Select(d => d.StationSerial).ToList();
        Assert.Equal(Enumerable.Range(1, count), keys.Order());
        Assert.Equal(count, _net.Archives["RUEHTA"].Saved.Count);
        Assert.Equal(0, almaty.GetStatus().Counters.GetValueOrDefault("duplicates"));
        // The transmissions Washington delivered before the restart are not delivered again.
        Assert.Empty(archive.Saved);
        Assert.Equal(count + 1, washington.GetStatus().Delivered);
    }

    [Fact]
    public void Replaying_a_snapshot_then_the_same_accepted_records_changes_nothing()
    {
        var carried = Accepted(1, local: ["RUEHC"], hops: [new Hop("almaty", ["RUEHTA"], Precedence.Routine)]);
        var finished = Accepted(2, local: ["RUEHC"], hops: []);
        var state = new StationState("RUEHC");
        foreach (var record in new JournalRecord[] { carried, finished, new DeliveredRecord(2, DateTimeOffset.UnixEpoch) }) state.Apply(record);
        var snapshot = state.Snapshot();

        var replayed = new StationState("RUEHC");
        foreach (var record in snapshot.Append(carried).Append(finished)) replayed.Apply(record);

        Assert.Equal(2, replayed.Journaled);
        Assert.Equal(1, replayed.DeliveredCount);
        var pending = Assert.Single(replayed.Pending.Values);
        Assert.Equal(1, pending.Record.Id);
        Assert.True(pending.NeedsDelivery);
        Assert.Equal("almaty", Assert.Single(pending.OpenHops).Link);
        // The copy acknowledged after the race finishes it, as it would have without the repeated record.
        replayed.Apply(new HopAckedRecord(1, "almaty"));
        replayed.Apply(new DeliveredRecord(1, DateTimeOffset.UnixEpoch));
        Assert.Empty(replayed.Pending);
        Assert.Equal(2, replayed.DeliveredCount);
    }

    private static AcceptedRecord Accepted(long id, IReadOnlyList<string> local, IReadOnlyList<Hop> hops) => new(
        id, new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero), null, 0, new MessageKey("RUEHC", (int)id, 1), $"26WASHDC{id}",
        Precedence.Routine, [.. local, .. hops.SelectMany(h => h.RoutingIndicators)],
        $"VZCZCWAT{id:D4}\nRR RUEHTA\nDE RUEHC #{id:D4} 3321200\nBT\nUNCLAS\nBT\nNNNN\n", local, hops, []);

    /// <summary>Rewrites the journal at <paramref name="path"/> as its state's snapshot followed by every accepted record again; returns how many were repeated.</summary>
    private static int RewriteAsRaced(string path)
    {
        List<JournalRecord> records;
        Journal.Open(path, out records, durable: false).DisposeAsync().AsTask().GetAwaiter().GetResult();
        var state = new StationState("RUEHC");
        foreach (var record in records) state.Apply(record);
        var repeated = records.OfType<AcceptedRecord>().ToList();
        File.Delete(path);
        var journal = Journal.Open(path, out _, durable: false);
        foreach (var record in state.Snapshot().Concat(repeated)) journal.Append(record);
        journal.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return repeated.Count;
    }
}
