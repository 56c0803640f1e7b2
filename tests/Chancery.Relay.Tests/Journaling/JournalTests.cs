using Chancery.Cables;
using Chancery.Relay.Journaling;
using Chancery.Relay.Routing;

namespace Chancery.Relay.Tests.Journaling;

public sealed class JournalTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chancery-journal-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static AcceptedRecord Accepted(long id) => new(
        id, new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero), id % 2 == 0 ? "washington" : null, (int)id,
        new MessageKey("RUEHAST", (int)id, 1), $"06ASTANA{id}", Precedence.Priority, ["RUEHC", "RUEHTA"],
        $"VZCZCAST{id:D4}\nPP RUEHC RUEHTA\nDE RUEHAST #{id:D4} 1140336\nBT\nUNCLAS\nBT\nNNNN\n",
        ["RUEHC"], [new Hop("almaty", ["RUEHTA"], Precedence.Priority)], []);

    [Fact]
    public async Task Records_come_back_in_order_after_a_reopen()
    {
        var path = Path.Combine(_dir, "journal.log");
        JournalRecord[] written = [Accepted(1), new HopAckedRecord(1, "almaty"), new DeliveredRecord(1, DateTimeOffset.UnixEpoch), new SerialSeenRecord("washington", 9999),
            new HopMovedRecord(1, "almaty", [new Hop("astana", ["RUEHTA"], Precedence.Routine)])];
        await using (var journal = Journal.Open(path, out var none))
        {
            Assert.Empty(none);
            foreach (var r in written) await journal.AppendAsync(r);
        }

        await using var again = Journal.Open(path, out var read);

        Assert.Equal(written.Length, read.Count);
        var accepted = Assert.IsType<AcceptedRecord>(read[0]);
        Assert.Equal(Accepted(1) with { Indicators = accepted.Indicators, Local = accepted.Local, Hops = accepted.Hops, Unroutable = accepted.Unroutable }, accepted);
        Assert.Equal(["RUEHC", "RUEHTA"], accepted.Indicators);
        Assert.Equal(new Hop("almaty", ["RUEHTA"], Precedence.Priority).RoutingIndicators, accepted.Hops[0].RoutingIndicators);
        Assert.Equal(written[1], read[1]);
        Assert.Equal(written[2], read[2]);
        Assert.Equal(written[3], read[3]);
        Assert.Equal("astana", Assert.IsType<HopMovedRecord>(read[4]).Hops[0].Link);
    }

    [Fact]
    public async Task Concurrent_appends_share_fsyncs()
    {
        var path = Path.Combine(_dir, "journal.log");
        await using var journal = Journal.Open(path, out _);

        await Task.WhenAll(Enumerable.Range(1, 2000).Select(i => journal.AppendAsync(Accepted(i))));

        Assert.Equal(2000, journal.Appended);
        Assert.True(journal.Syncs < 2000, $"{journal.Syncs} fsyncs for 2000 records");
    }

    [Fact]
    public async Task A_torn_tail_at_any_offset_loses_only_the_records_not_wholly_written()
    {
        var path = Path.Combine(_dir, "journal.log");
        var ends = new List<long>();
        await using (var journal = Journal.Open(path, out _, durable: false))
        {
            for (var i = 1; i <= 6; i++)
            {
                await journal.AppendAsync(i % 3 == 0 ? new HopAckedRecord(i, "almaty") : Accepted(i));
                ends.Add(new FileInfo(path).Length);
            }
        }
        var whole = await File.ReadAllBytesAsync(path);
        var torn = Path.Combine(_dir, "torn.log");

        for (var cut = 0; cut <= whole.Length; cut++)
        {
            await File.WriteAllBytesAsync(torn, whole[..cut]);
            var complete = ends.Count(e => e <= cut);

            await using (var journal = Journal.Open(torn, out var read, durable: false))
            {
                Assert.Equal(complete, read.Count);
                Assert.Equal(cut - (complete == 0 ? 0 : ends[complete - 1]), journal.TruncatedBytes);
                // The journal goes on after the cut: a new record lands right after the last whole one.
                await journal.AppendAsync(new DeliveredRecord(99, DateTimeOffset.UnixEpoch));
            }
            using (Journal.Open(torn, out var after, durable: false) is var j ? new Disposer(j) : null)
            {
                Assert.Equal(complete + 1, after.Count);
                Assert.IsType<DeliveredRecord>(after[^1]);
            }
        }
    }

    [Fact]
    public async Task A_flipped_byte_ends_the_journal_there()
    {
        var path = Path.Combine(_dir, "journal.log");
        await using (var journal = Journal.Open(path, out _, durable: false))
            for (var i = 1; i <= 3; i++) await journal.AppendAsync(Accepted(i));
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[bytes.Length - 20] ^= 0x55;
        await File.WriteAllBytesAsync(path, bytes);

        await using var again = Journal.Open(path, out var read, durable: false);
        Assert.Equal(2, read.Count);
    }

    [Fact]
    public async Task Past_its_size_limit_the_journal_is_rewritten_as_the_snapshot_and_appends_go_on_after_it()
    {
        var path = Path.Combine(_dir, "journal.log");
        var snapshot = new List<JournalRecord>
        {
            new SnapshotRecord(41, 7, 40, 39, new Dictionary<string, int> { ["washington"] = 9998 }, [new Chancery.Relay.Station.UnroutableIndicator("RUCPDO", "06ASTANA38")]),
            new AnsweredRecord("RUEHAST", 1, "RUEHTA", [(1, 38), (40, 40)]),
            new CarriedRecord(Accepted(39), NeedsDelivery: true),
        };
        var journal = Journal.Open(path, out _, durable: false);
        journal.CompactAfterBytes = 2048;
        journal.TakeSnapshot = () => snapshot;
        for (var i = 1; i <= 40; i++) await journal.AppendAsync(Accepted(i));
        journal.TakeSnapshot = null;
        await journal.AppendAsync(new DeliveredRecord(39, DateTimeOffset.UnixEpoch));
        // The snapshot is written in the background; closing the journal finishes a compaction under way.
        await journal.DisposeAsync();
        Assert.True(journal.Compactions > 0);

        await using var again = Journal.Open(path, out var read, durable: false);

        Assert.False(File.Exists(path + ".compact"));
        var head = Assert.IsType<SnapshotRecord>(read[0]);
        Assert.Equal((41L, 7, 40L, 39L, 9998), (head.NextId, head.NextStationSerial, head.Journaled, head.Delivered, head.LastSerialReceived["washington"]));
        Assert.Equal("RUCPDO", Assert.Single(head.Unroutable).RoutingIndicator);
        Assert.Equal([(1, 38), (40, 40)], Assert.IsType<AnsweredRecord>(read[1]).Ranges);
        var carried = Assert.IsType<CarriedRecord>(read[2]);
        Assert.True(carried.NeedsDelivery);
        Assert.Equal(Accepted(39).Text, carried.Transmission.Text);
        Assert.IsType<DeliveredRecord>(read[^1]);
        Assert.True(read.Count < 40, $"{read.Count} records after compaction");
    }

    [Fact]
    public async Task Appends_are_committed_while_a_snapshot_is_written_and_follow_it_in_the_new_file()
    {
        var path = Path.Combine(_dir, "journal.log");
        var snapshot = new List<JournalRecord>
        {
            new SnapshotRecord(11, 11, 10, 0, new Dictionary<string, int>(), []),
            new CarriedRecord(Accepted(10), NeedsDelivery: true),
        };
        var gate = new TaskCompletionSource();
        var journal = Journal.Open(path, out _);
        journal.CompactAfterBytes = 1024;
        journal.SnapshotGate = gate.Task;
        journal.TakeSnapshot = () => snapshot;
        var id = 0;
        while (!journal.Compacting) await journal.AppendAsync(Accepted(++id));
        var beforeMark = id;
        journal.TakeSnapshot = null;

        // The snapshot cannot be written yet: these commit all the same, to the log.
        for (var k = 0; k < 5; k++) await journal.AppendAsync(Accepted(++id));
        Assert.Equal(0, journal.Compactions);
        Assert.True(journal.Compacting);

        gate.SetResult();
        await journal.DisposeAsync();
        Assert.Equal(1, journal.Compactions);

        await using var again = Journal.Open(path, out var read);
        Assert.False(File.Exists(path + ".compact"));
        Assert.IsType<SnapshotRecord>(read[0]);
        Assert.Equal(10, Assert.IsType<CarriedRecord>(read[1]).Transmission.Id);
        // The tail holds, in order and once each, every record appended after the snapshot's mark: the five appended
        // while the snapshot was held back, preceded by any that were appended between the mark and the moment the test
        // saw Compacting turn true (the mark is taken on the writer's thread, so one may race the test's loop).
        var tail = read.Skip(2).Select(r => Assert.IsType<AcceptedRecord>(r).Id).ToList();
        Assert.Equal(Enumerable.Range(beforeMark + 1, 5).Select(i => (long)i), tail.TakeLast(5));
        Assert.Equal(Enumerable.Range((int)tail[0], tail.Count).Select(i => (long)i), tail);
        Assert.InRange(tail.Count, 5, 7);
    }

    [Fact]
    public async Task Records_nobody_waits_for_are_written_at_once_and_fsynced_with_the_next_awaited_one()
    {
        var path = Path.Combine(_dir, "journal.log");
        var journal = Journal.Open(path, out _);
        journal.LazySyncInterval = TimeSpan.FromHours(1);
        for (var i = 1; i <= 10; i++) journal.Append(new HopAckedRecord(i, "almaty"));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (journal.Appended < 10 && DateTime.UtcNow < deadline) await Task.Delay(10, TestContext.Current.CancellationToken);

        Assert.Equal(10, journal.Appended);
        Assert.Equal(0, journal.Syncs);
        await journal.AppendAsync(Accepted(11));
        Assert.Equal(1, journal.Syncs);
        await journal.DisposeAsync();

        await using var again = Journal.Open(path, out var read);
        Assert.Equal(11, read.Count);
    }

    [Fact]
    public async Task Records_nobody_waits_for_are_fsynced_within_the_lazy_interval()
    {
        var path = Path.Combine(_dir, "journal.log");
        await using var journal = Journal.Open(path, out _);
        journal.LazySyncInterval = TimeSpan.FromMilliseconds(50);

        journal.Append(new DeliveredRecord(1, DateTimeOffset.UnixEpoch));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (journal.Syncs == 0 && DateTime.UtcNow < deadline) await Task.Delay(10, TestContext.Current.CancellationToken);

        Assert.Equal(1, journal.Syncs);
    }

    private sealed class Disposer(Journal journal) : IDisposable
    {
        public void Dispose() => journal.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
