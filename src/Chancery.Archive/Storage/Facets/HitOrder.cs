namespace Chancery.Archive.Storage.Facets;

/// <summary>
/// Orders hits as the stores' SQL does: relevance = rank ascending (best first), then newest first; date = oldest
/// first; reverse date = newest first; cables without a date last; ties by reference id (ordinal).
/// </summary>
internal static class HitOrder
{
    /// <summary>The first <paramref name="count"/> of <paramref name="ids"/> in order, without sorting the rest.</summary>
    public static long[] Top(long[] ids, double[]? ranks, FacetIndex index, SearchSort sort, int count)
    {
        var comparer = Comparer(ids, ranks, index, sort);
        count = Math.Min(count, ids.Length);
        if (count == 0) return [];
        // Keep the best `count` positions in a heap whose root is the worst kept one.
        var heap = new PriorityQueue<int, int>(count, Comparer<int>.Create((a, b) => comparer(b, a)));
        for (var i = 0; i < ids.Length; i++)
        {
            if (heap.Count < count) heap.Enqueue(i, i);
            else if (comparer(i, heap.Peek()) < 0) heap.DequeueEnqueue(i, i);
        }
        var best = new int[heap.Count];
        for (var i = best.Length - 1; i >= 0; i--) best[i] = heap.Dequeue();
        return [.. best.Select(i => ids[i])];
    }

    private static Comparison<int> Comparer(long[] ids, double[]? ranks, FacetIndex index, SearchSort sort)
    {
        var newestFirst = sort != SearchSort.Date;
        return (a, b) =>
        {
            if (sort == SearchSort.Relevance && ranks is not null)
            {
                var byRank = ranks[a].CompareTo(ranks[b]);
                if (byRank != 0) return byRank;
            }
            long createdA = index.CreatedTicks(ids[a]), createdB = index.CreatedTicks(ids[b]);
            if (createdA != createdB)
            {
                if (createdA == FacetIndex.NoDate) return 1;
                if (createdB == FacetIndex.NoDate) return -1;
                return newestFirst ? createdB.CompareTo(createdA) : createdA.CompareTo(createdB);
            }
            return string.CompareOrdinal(index.ReferenceId(ids[a]), index.ReferenceId(ids[b]));
        };
    }
}
