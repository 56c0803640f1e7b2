namespace Chancery.Relay.Station;

/// <summary>
/// A set of station serials kept as sorted, disjoint ranges. Traffic from one station comes in serial order, so a
/// million serials answered for usually make one range: the duplicate check stays the same size however long the
/// station runs. Not thread-safe.
/// </summary>
internal sealed class SerialRanges
{
    private readonly List<(int Low, int High)> _ranges = [];

    /// <summary>The ranges, lowest first.</summary>
    public IReadOnlyList<(int Low, int High)> Ranges => _ranges;

    /// <summary>True when <paramref name="serial"/> is in the set.</summary>
    public bool Contains(int serial)
    {
        var i = IndexAtOrBefore(serial);
        return i >= 0 && serial <= _ranges[i].High;
    }

    /// <summary>Adds <paramref name="serial"/>, joining it to the ranges on either side.</summary>
    public void Add(int serial) => Add(serial, serial);

    /// <summary>Adds every serial from <paramref name="low"/> to <paramref name="high"/>.</summary>
    public void Add(int low, int high)
    {
        var i = IndexAtOrBefore(low);
        // Join the range before when it touches or overlaps.
        if (i >= 0 && _ranges[i].High >= low - 1)
        {
            low = _ranges[i].Low;
            high = Math.Max(high, _ranges[i].High);
        }
        else i++;
        // Swallow every range after that touches or overlaps.
        var end = i;
        while (end < _ranges.Count && _ranges[end].Low <= high + 1)
        {
            high = Math.Max(high, _ranges[end].High);
            end++;
        }
        if (end > i) _ranges.RemoveRange(i, end - i);
        _ranges.Insert(i, (low, high));
    }

    /// <summary>The index of the last range starting at or before <paramref name="serial"/>, or -1.</summary>
    private int IndexAtOrBefore(int serial)
    {
        if (_ranges.Count > 0 && _ranges[^1].Low <= serial) return _ranges.Count - 1;
        int lo = 0, hi = _ranges.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_ranges[mid].Low <= serial) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }
}
