using System.Collections.Concurrent;

namespace Chancery.Relay.Station;

/// <summary>Counts of unusual events at a station (bad input, gaps, duplicates), for status and tests.</summary>
internal sealed class StationCounters(Action<string, long>? also = null)
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="by"/> to <paramref name="name"/> (and tells the metrics).</summary>
    public void Add(string name, long by = 1)
    {
        _counts.AddOrUpdate(name, by, (_, v) => v + by);
        also?.Invoke(name, by);
    }

    /// <summary>The current value of <paramref name="name"/>.</summary>
    public long Get(string name) => _counts.TryGetValue(name, out var v) ? v : 0;

    /// <summary>A copy of every count.</summary>
    public IReadOnlyDictionary<string, long> Snapshot() => new SortedDictionary<string, long>(_counts, StringComparer.Ordinal);
}
