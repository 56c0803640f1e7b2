using Chancery.Cables;
using Chancery.Relay.Configuration;
using Chancery.Relay.Station;

namespace Chancery.Web.Comm;

/// <summary>What the comm centre shows: the station's configuration, its status and its latest deliveries, read at one moment.</summary>
/// <param name="Config">Who the station is and its links as configured (channel designators, endpoints).</param>
/// <param name="Status">Links, lanes, counters.</param>
/// <param name="Recent">The latest local deliveries, oldest first.</param>
/// <param name="At">When it was read.</param>
public sealed record StationView(StationConfig Config, StationStatus Status, IReadOnlyList<DeliveredTransmission> Recent, DateTimeOffset At)
{
    /// <summary>The precedences in the order the lanes are served.</summary>
    public static IReadOnlyList<Precedence> LaneOrder { get; } = [Precedence.Flash, Precedence.Immediate, Precedence.Priority, Precedence.Routine];

    /// <summary>Each link's status with its configuration.</summary>
    public IEnumerable<(LinkStatus Status, LinkConfig Config)> Links =>
        Status.Links.Select(s => (s, Config.Links.First(c => c.Name == s.Name)));

    /// <summary>Copies waiting in the lane of <paramref name="precedence"/>, over all links.</summary>
    public int LaneDepth(Precedence precedence) => Status.Lanes.TryGetValue(Names.Of(precedence), out var n) ? n : 0;

    /// <summary>Copies waiting in every lane.</summary>
    public int Waiting => Status.Lanes.Values.Sum();

    /// <summary>Links up.</summary>
    public int LinksUp => Status.Links.Count(l => l.Up);

    /// <summary>Service messages sent over every link, by signal (ZID, ZFX, ZDK...).</summary>
    public IReadOnlyDictionary<string, long> ServiceSent => Sum(Status.Links.Select(l => l.ServiceSent));

    /// <summary>Service messages received over every link, by signal.</summary>
    public IReadOnlyDictionary<string, long> ServiceReceived => Sum(Status.Links.Select(l => l.ServiceReceived));

    /// <summary>A station counter (0 when it never happened).</summary>
    public long Counter(string name) => Status.Counters.TryGetValue(name, out var n) ? n : 0;

    private static SortedDictionary<string, long> Sum(IEnumerable<IReadOnlyDictionary<string, long>> parts)
    {
        var total = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var part in parts)
            foreach (var (signal, count) in part)
                total[signal] = total.GetValueOrDefault(signal) + count;
        return total;
    }
}
