namespace Chancery.Archive.Synth;

/// <summary>Items with weights, drawn in proportion to them (binary search over cumulative weights).</summary>
internal sealed class Weighted<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    /// <summary>Makes a table; items with a weight of zero or less are never drawn.</summary>
    public Weighted(IEnumerable<(T Item, double Weight)> entries)
    {
        var list = entries.Where(e => e.Weight > 0).ToList();
        if (list.Count == 0) throw new ArgumentException("at least one entry needs a positive weight", nameof(entries));
        _items = [.. list.Select(e => e.Item)];
        _cumulative = new double[list.Count];
        var total = 0.0;
        for (var i = 0; i < list.Count; i++) _cumulative[i] = total += list[i].Weight;
    }

    /// <summary>The items that can be drawn.</summary>
    public IReadOnlyList<T> Items => _items;

    /// <summary>The share of draws <paramref name="item"/> gets, 0 to 1.</summary>
    public double ShareOf(T item)
    {
        var index = Array.IndexOf(_items, item);
        if (index < 0) return 0;
        return (_cumulative[index] - (index == 0 ? 0 : _cumulative[index - 1])) / _cumulative[^1];
    }

    /// <summary>One item, drawn in proportion to the weights.</summary>
    public T Draw(SynthRandom random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        index = index < 0 ? ~index : index + 1;
        return _items[Math.Min(index, _items.Length - 1)];
    }
}
