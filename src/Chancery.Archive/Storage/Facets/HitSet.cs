using System.Collections.Concurrent;

namespace Chancery.Archive.Storage.Facets;

/// <summary>
/// The visible matches of one query for one kind of reader at one data generation: every matching cable row id, its
/// rank when ranked, and the ids whose released view is partial. Immutable once made; the facet counts and result
/// orders drawn from it are worked out once and kept, so a second page or a repeated search costs only its rows.
/// </summary>
internal sealed class HitSet
{
    private readonly ConcurrentDictionary<int, SearchFacets> _facets = new();
    private readonly ConcurrentDictionary<SearchSort, long[]> _orders = new();

    /// <summary>A hit set over <paramref name="ids"/>, with <paramref name="ranks"/> in the same order when ranked.</summary>
    public HitSet(long[] ids, double[]? ranks, HashSet<long> partial)
    {
        Ids = ids;
        Ranks = ranks;
        Partial = partial;
    }

    /// <summary>Every visible match's cable row id.</summary>
    public long[] Ids { get; }

    /// <summary>The rank of each id (lower is better), or null when the query was not ranked.</summary>
    public double[]? Ranks { get; }

    /// <summary>The ids whose view for the reader is partial (their text is redacted before it is shown).</summary>
    public HashSet<long> Partial { get; }

    /// <summary>About how much memory this set takes with the orders it may keep, for the cache's budget.</summary>
    public long Bytes => 256L + Ids.Length * 24L + Partial.Count * 40L;

    /// <summary>Facet counts over the hits, each facet cut to <paramref name="limit"/> values.</summary>
    public SearchFacets Facets(FacetIndex index, int limit) => _facets.GetOrAdd(limit, l => index.Count(Ids, l));

    /// <summary>The first <paramref name="count"/> hits in <paramref name="sort"/> order.</summary>
    public ReadOnlySpan<long> Top(FacetIndex index, SearchSort sort, int count)
    {
        count = Math.Min(count, Ids.Length);
        if (_orders.TryGetValue(sort, out var kept) && kept.Length >= count) return kept.AsSpan(0, count);
        // Order a little more than asked for, so the next few pages come from what is kept.
        var ordered = HitOrder.Top(Ids, Ranks, index, sort, Math.Min(Ids.Length, Math.Max(count * 2, 200)));
        _orders[sort] = ordered;
        return ordered.AsSpan(0, count);
    }
}
