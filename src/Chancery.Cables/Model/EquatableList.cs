using System.Collections;
using System.Runtime.CompilerServices;

namespace Chancery.Cables;

/// <summary>
/// An immutable list with value equality, so that records holding lists compare by content
/// (the round-trip property <c>read(write(c)) == c</c> depends on it).
/// </summary>
[CollectionBuilder(typeof(EquatableList), nameof(EquatableList.Create))]
public sealed class EquatableList<T> : IReadOnlyList<T>, IEquatable<EquatableList<T>>
{
    private readonly T[] _items;

    /// <summary>The empty list.</summary>
    public static EquatableList<T> Empty { get; } = new([]);

    /// <summary>Wraps a copy of <paramref name="items"/>.</summary>
    public EquatableList(IEnumerable<T> items) => _items = items as T[] ?? [.. items];

    private EquatableList(T[] items, bool _) => _items = items;

    /// <summary>Wraps <paramref name="items"/> without copying; the caller gives up the array.</summary>
    internal static EquatableList<T> Own(T[] items) => items.Length == 0 ? Empty : new(items, true);

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <summary>The items as a span.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    public bool Equals(EquatableList<T>? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || other._items.Length != _items.Length) return false;
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
            if (!comparer.Equals(_items[i], other._items[i])) return false;
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EquatableList<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items) hash.Add(item);
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => "[" + string.Join(", ", _items) + "]";

    /// <summary>Makes a list from items.</summary>
    public static implicit operator EquatableList<T>(T[] items) => items.Length == 0 ? Empty : new(items);
}

/// <summary>Helpers for <see cref="EquatableList{T}"/>.</summary>
public static class EquatableList
{
    /// <summary>Makes a list from items.</summary>
    public static EquatableList<T> Of<T>(params T[] items) => items.Length == 0 ? EquatableList<T>.Empty : new(items);

    /// <summary>Makes a list from a span (used by collection expressions).</summary>
    public static EquatableList<T> Create<T>(ReadOnlySpan<T> items) => items.IsEmpty ? EquatableList<T>.Empty : EquatableList<T>.Own(items.ToArray());

    /// <summary>Copies a sequence into a list.</summary>
    public static EquatableList<T> ToEquatableList<T>(this IEnumerable<T> items) => new(items);
}
