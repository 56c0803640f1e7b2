using Chancery.Cables;
using Chancery.Relay.Journaling;
using Chancery.Relay.Routing;
using Chancery.Relay.Wire;

namespace Chancery.Relay.Station;

/// <summary>
/// What the journal says, in memory: transmissions not yet finished (copies unacknowledged, delivery pending),
/// which (message, routing indicator) pairs the station has answered for (so that a duplicate is never relayed or
/// delivered twice), the last channel serial received per link, how much was delivered. Rebuilt by replaying the
/// journal; changed only by <see cref="Apply"/>, on replay and after each commit. Its size does not grow with the
/// traffic: finished transmissions are dropped, answered serials are kept as ranges, deliveries are on disk
/// (<see cref="DeliveredLog"/>). <see cref="Snapshot"/> writes it as the records that start a compacted journal.
/// Not thread-safe.
/// </summary>
internal sealed class StationState
{
    private readonly string _station;
    // Committed answers: serials per (originating station, section, indicator), as ranges.
    private readonly Dictionary<(string Station, int Section, string Indicator), SerialRanges> _answered = [];
    // Answers decided and not yet on disk: a duplicate arriving meanwhile must be caught, but a snapshot must not
    // carry them (the sender was not yet told, and sends again after a crash).
    private readonly HashSet<(string Station, int Serial, int Section, string Indicator)> _tentative = [];

    public StationState(string station) => _station = station;

    /// <summary>Transmissions with work left, by id.</summary>
    public Dictionary<long, PendingTransmission> Pending { get; } = [];

    /// <summary>The last channel serial received per link.</summary>
    public Dictionary<string, int> LastSerialReceived { get; } = new(StringComparer.Ordinal);

    /// <summary>Transmissions delivered locally (the deliveries themselves are in the delivered log).</summary>
    public long DeliveredCount { get; private set; }

    /// <summary>Indicators held for an operator.</summary>
    public List<UnroutableIndicator> Unroutable { get; } = [];

    /// <summary>The next transmission id.</summary>
    public long NextId { get; set; } = 1;

    /// <summary>The next station serial for a cable released here.</summary>
    public int NextStationSerial { get; set; } = 1;

    /// <summary>Transmissions accepted into the journal.</summary>
    public long Journaled { get; private set; }

    /// <summary>True when the station has already answered (or is answering) for <paramref name="indicator"/> of <paramref name="key"/>.</summary>
    public bool HasAnswered(MessageKey key, string indicator) =>
        _tentative.Contains((key.Station, key.Serial, key.Section, indicator))
        || (_answered.TryGetValue((key.Station, key.Section, indicator), out var ranges) && ranges.Contains(key.Serial));

    /// <summary>Marks the station as answerable for these indicators of <paramref name="key"/> before the commit, so a concurrent duplicate is caught.</summary>
    public void Answer(MessageKey key, IEnumerable<string> indicators)
    {
        foreach (var ri in indicators) _tentative.Add((key.Station, key.Serial, key.Section, ri));
    }

    private void Commit(MessageKey key, IEnumerable<string> indicators)
    {
        foreach (var ri in indicators)
        {
            _tentative.Remove((key.Station, key.Serial, key.Section, ri));
            if (!_answered.TryGetValue((key.Station, key.Section, ri), out var ranges)) _answered[(key.Station, key.Section, ri)] = ranges = new SerialRanges();
            ranges.Add(key.Serial);
        }
    }

    /// <summary>Applies one committed journal record.</summary>
    public void Apply(JournalRecord record)
    {
        switch (record)
        {
            case AcceptedRecord a:
                if (IsReplayed(a)) break;
                Commit(a.Key, a.Indicators);
                Journaled++;
                NextId = Math.Max(NextId, a.Id + 1);
                if (a.ArrivedOn is null && a.Key.Station == _station) NextStationSerial = Math.Max(NextStationSerial, a.Key.Serial + 1);
                if (a.ArrivedOn is { } link && a.ArrivedSerial > 0) LastSerialReceived[link] = a.ArrivedSerial;
                foreach (var ri in a.Unroutable) Unroutable.Add(new UnroutableIndicator(ri, a.ReferenceId ?? a.Key.ToString()));
                if (a.Hops.Count == 0 && a.Local.Count == 0) break;
                Carry(a, a.Local.Count > 0);
                break;
            case HopAckedRecord h:
                if (Pending.TryGetValue(h.Id, out var p1))
                {
                    p1.RemoveHop(h.Link);
                    Finish(p1);
                }
                break;
            case DeliveredRecord d:
                if (Pending.TryGetValue(d.Id, out var p2) && p2.NeedsDelivery)
                {
                    p2.NeedsDelivery = false;
                    DeliveredCount++;
                    Finish(p2);
                }
                break;
            case HopMovedRecord m:
                if (Pending.TryGetValue(m.Id, out var p3))
                {
                    p3.RemoveHop(m.FromLink);
                    foreach (var hop in m.Hops) p3.AddHop(hop);
                    Finish(p3);
                }
                break;
            case SerialSeenRecord s:
                LastSerialReceived[s.Link] = s.Serial;
                break;
            case SnapshotRecord snap:
                NextId = Math.Max(NextId, snap.NextId);
                NextStationSerial = Math.Max(NextStationSerial, snap.NextStationSerial);
                Journaled = snap.Journaled;
                DeliveredCount = snap.Delivered;
                foreach (var (onLink, serial) in snap.LastSerialReceived) LastSerialReceived[onLink] = serial;
                Unroutable.AddRange(snap.Unroutable);
                break;
            case AnsweredRecord ans:
                if (!_answered.TryGetValue((ans.Station, ans.Section, ans.Indicator), out var r)) _answered[(ans.Station, ans.Section, ans.Indicator)] = r = new SerialRanges();
                foreach (var (low, high) in ans.Ranges) r.Add(low, high);
                break;
            case CarriedRecord c:
                Carry(c.Transmission, c.NeedsDelivery);
                break;
        }
    }

    /// <summary>
    /// Whether <paramref name="a"/> was already applied: a compacted journal's snapshot may carry (or, finished,
    /// only count and answer for) a transmission whose own record also follows it in the tail, when the record
    /// reached the log about the time the snapshot's mark was taken. A live record never is: the station decides
    /// only indicators nobody has answered for, and commits each once.
    /// </summary>
    private bool IsReplayed(AcceptedRecord a) =>
        Pending.ContainsKey(a.Id)
        || (a.Indicators.Count > 0 && a.Indicators.All(ri => _answered.TryGetValue((a.Key.Station, a.Key.Section, ri), out var ranges) && ranges.Contains(a.Key.Serial)));

    private void Carry(AcceptedRecord a, bool needsDelivery)
    {
        var pending = new PendingTransmission(a) { NeedsDelivery = needsDelivery };
        foreach (var hop in a.Hops) pending.AddHop(hop);
        Pending[a.Id] = pending;
    }

    /// <summary>
    /// The committed state as records that replay to it: counters and serials, the answered ranges, then every
    /// transmission with work left (only its open copies), in order of acceptance.
    /// </summary>
    public List<JournalRecord> Snapshot()
    {
        var records = new List<JournalRecord>(Pending.Count + _answered.Count + 1)
        {
            new SnapshotRecord(NextId, NextStationSerial, Journaled, DeliveredCount, new Dictionary<string, int>(LastSerialReceived, StringComparer.Ordinal), [.. Unroutable]),
        };
        foreach (var ((station, section, indicator), ranges) in _answered)
            records.Add(new AnsweredRecord(station, section, indicator, [.. ranges.Ranges]));
        foreach (var pending in Pending.Values.OrderBy(p => p.Record.Id))
        {
            var hops = pending.OpenHops.Select(c => new Hop(c.Link, c.Indicators, c.Precedence)).ToList();
            records.Add(new CarriedRecord(pending.Record with { Hops = hops, Unroutable = [] }, pending.NeedsDelivery));
        }
        return records;
    }

    private void Finish(PendingTransmission pending)
    {
        if (pending.OpenHops.Count == 0 && !pending.NeedsDelivery) Pending.Remove(pending.Record.Id);
    }
}

/// <summary>A transmission with work left: its copies not yet acknowledged, its local delivery.</summary>
internal sealed class PendingTransmission
{
    public PendingTransmission(AcceptedRecord record)
    {
        Record = record;
        Tail = record.Text.AsMemory(TransmissionText.TailStart(record.Text));
        NeedsDelivery = record.Local.Count > 0;
    }

    public AcceptedRecord Record { get; }

    /// <summary>The text from FL3 on: a slice of the accepted text, which is held once.</summary>
    public ReadOnlyMemory<char> Tail { get; }

    public bool NeedsDelivery { get; set; }

    /// <summary>Copies not yet acknowledged (usually one per link: segregation; a failover may add a second).</summary>
    public List<OutgoingCopy> OpenHops { get; } = [];

    public OutgoingCopy AddHop(Hop hop)
    {
        var copy = new OutgoingCopy(Record.Id, hop.Link, hop.RoutingIndicators, hop.Precedence, Tail, Record.ReceivedAt);
        OpenHops.Add(copy);
        return copy;
    }

    /// <summary>Removes the first open copy on <paramref name="link"/>.</summary>
    public void RemoveHop(string link)
    {
        var i = OpenHops.FindIndex(c => c.Link == link);
        if (i >= 0) OpenHops.RemoveAt(i);
    }
}
