using Chancery.Cables;
using Chancery.Relay.Journaling;
using Chancery.Relay.Routing;
using Chancery.Relay.Wire;

namespace Chancery.Relay.Station;

/// <summary>
/// What the journal says, in memory: transmissions not yet finished (copies unacknowledged, delivery pending),
/// which (message, routing indicator) pairs the station has answered for (so that a duplicate is never relayed or
/// delivered twice), the last channel serial received per link, what was delivered. Rebuilt by replaying the
/// journal; changed only by <see cref="Apply"/>, on replay and after each commit. Not thread-safe.
/// </summary>
internal sealed class StationState
{
    private readonly string _station;
    private readonly HashSet<string> _answered = new(StringComparer.Ordinal);

    public StationState(string station) => _station = station;

    /// <summary>Transmissions with work left, by id.</summary>
    public Dictionary<long, PendingTransmission> Pending { get; } = [];

    /// <summary>The last channel serial received per link.</summary>
    public Dictionary<string, int> LastSerialReceived { get; } = new(StringComparer.Ordinal);

    /// <summary>Everything delivered locally, in order.</summary>
    public List<DeliveredTransmission> Delivered { get; } = [];

    /// <summary>Indicators held for an operator.</summary>
    public List<UnroutableIndicator> Unroutable { get; } = [];

    /// <summary>The next transmission id.</summary>
    public long NextId { get; set; } = 1;

    /// <summary>The next station serial for a cable released here.</summary>
    public int NextStationSerial { get; set; } = 1;

    /// <summary>Transmissions accepted into the journal.</summary>
    public long Journaled { get; private set; }

    /// <summary>True when the station has already answered for <paramref name="indicator"/> of <paramref name="key"/>.</summary>
    public bool HasAnswered(MessageKey key, string indicator) => _answered.Contains(AnswerKey(key, indicator));

    /// <summary>Marks the station as answerable for these indicators of <paramref name="key"/> (before the commit, so a concurrent duplicate is caught).</summary>
    public void Answer(MessageKey key, IEnumerable<string> indicators)
    {
        foreach (var ri in indicators) _answered.Add(AnswerKey(key, ri));
    }

    /// <summary>Applies one committed journal record.</summary>
    public void Apply(JournalRecord record)
    {
        switch (record)
        {
            case AcceptedRecord a:
                Answer(a.Key, a.Indicators);
                Journaled++;
                NextId = Math.Max(NextId, a.Id + 1);
                if (a.ArrivedOn is null && a.Key.Station == _station) NextStationSerial = Math.Max(NextStationSerial, a.Key.Serial + 1);
                if (a.ArrivedOn is { } link && a.ArrivedSerial > 0) LastSerialReceived[link] = a.ArrivedSerial;
                foreach (var ri in a.Unroutable) Unroutable.Add(new UnroutableIndicator(ri, a.ReferenceId ?? a.Key.ToString()));
                if (a.Hops.Count == 0 && a.Local.Count == 0) break;
                var pending = new PendingTransmission(a, TransmissionText.Tail(a.Text));
                foreach (var hop in a.Hops) pending.AddHop(hop);
                Pending[a.Id] = pending;
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
                    var r = p2.Record;
                    Delivered.Add(new DeliveredTransmission(r.ReferenceId ?? r.Key.ToString(), r.Key.Serial, r.Key.Section, r.Key.Station,
                        r.Local, Names.Of(r.Precedence), r.ReceivedAt));
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
        }
    }

    private void Finish(PendingTransmission pending)
    {
        if (pending.OpenHops.Count == 0 && !pending.NeedsDelivery) Pending.Remove(pending.Record.Id);
    }

    private static string AnswerKey(MessageKey key, string indicator) => $"{key.Station}|{key.Serial}|{key.Section}|{indicator}";
}

/// <summary>A transmission with work left: its copies not yet acknowledged, its local delivery.</summary>
internal sealed class PendingTransmission
{
    public PendingTransmission(AcceptedRecord record, string tail)
    {
        Record = record;
        Tail = tail;
        NeedsDelivery = record.Local.Count > 0;
    }

    public AcceptedRecord Record { get; }

    public string Tail { get; }

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
