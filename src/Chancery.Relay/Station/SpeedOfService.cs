using Chancery.Cables;
using Chancery.Relay.Metrics;

namespace Chancery.Relay.Station;

/// <summary>
/// Speed of service per precedence (FORMAT_SPEC §2; objectives in <see cref="RelayMetrics.Objective"/>): how many
/// copies were handed on (receipted by the neighbour) or delivered within and over their objective since the
/// station started, and which transmissions still waiting have already missed it. Thread-safe counts; the scan
/// of what waits runs under the station lock.
/// </summary>
internal sealed class SpeedOfService
{
    /// <summary>How many missed transmissions a report lists per precedence (the count covers them all).</summary>
    public const int MaxListed = 50;

    private static readonly Precedence[] Precedences = [Precedence.Flash, Precedence.Immediate, Precedence.Priority, Precedence.Routine];
    private readonly long[] _within = new long[Precedences.Length];
    private readonly long[] _over = new long[Precedences.Length];

    /// <summary>A copy of <paramref name="precedence"/> was handed on or delivered <paramref name="elapsed"/> after acceptance.</summary>
    public void Record(Precedence precedence, TimeSpan elapsed)
    {
        var i = Index(precedence);
        Interlocked.Increment(ref elapsed > RelayMetrics.Objective(precedence) ? ref _over[i] : ref _within[i]);
    }

    /// <summary>The report at <paramref name="now"/> over the transmissions with work left (call under the station lock).</summary>
    public IReadOnlyList<SpeedOfServiceStatus> Report(IEnumerable<PendingTransmission> pending, DateTimeOffset now)
    {
        var missed = Precedences.Select(_ => new List<MissedTransmission>()).ToArray();
        foreach (var p in pending)
        {
            var record = p.Record;
            var waiting = now - record.ReceivedAt;
            foreach (var copy in p.OpenHops)
                if (waiting > RelayMetrics.Objective(copy.Precedence))
                    missed[Index(copy.Precedence)].Add(new MissedTransmission(record.Key.ToString(), record.ReferenceId ?? record.Key.ToString(), copy.Link, record.ReceivedAt, waiting));
            if (p.NeedsDelivery && waiting > RelayMetrics.Objective(record.Precedence))
                missed[Index(record.Precedence)].Add(new MissedTransmission(record.Key.ToString(), record.ReferenceId ?? record.Key.ToString(), null, record.ReceivedAt, waiting));
        }
        return [.. Precedences.Select((precedence, i) => new SpeedOfServiceStatus(
            Names.Of(precedence), RelayMetrics.Objective(precedence), Interlocked.Read(ref _within[i]), Interlocked.Read(ref _over[i]), missed[i].Count,
            [.. missed[i].OrderBy(m => m.AcceptedAt).Take(MaxListed)]))];
    }

    private static int Index(Precedence precedence) => precedence switch
    {
        >= Precedence.Flash => 0,
        Precedence.Immediate => 1,
        Precedence.Priority => 2,
        _ => 3,
    };
}
