namespace Chancery.Archive.Storage.Facets;

/// <summary>
/// The most recently used <see cref="HitSet"/>s of a store, within a memory budget. A key names everything an answer
/// depends on (the data generation, the query, the reader's need-to-know predicate with its date), so an entry is
/// never wrong, only unused once the data moves on; it then ages out. Concurrent requests for a missing key wait for one
/// computation instead of each running the same search.
/// </summary>
internal sealed class HitSetCache(long budgetBytes)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recent = new();
    private long _bytes;
    private long _hits;
    private long _misses;

    /// <summary>How many lookups were answered from the cache.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>How many lookups computed their hit set.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>The finished hit set of <paramref name="key"/> when the cache holds one (without waiting or computing).</summary>
    public HitSet? Peek(string key)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var node) || !node.Value.Result.IsCompletedSuccessfully) return null;
            _recent.Remove(node);
            _recent.AddFirst(node);
            Interlocked.Increment(ref _hits);
            return node.Value.Result.Result;
        }
    }

    /// <summary>
    /// The hit set of <paramref name="key"/>: from the cache, from a computation already running for it, or from
    /// <paramref name="compute"/> (run on the caller's thread, which holds the database connection it needs).
    /// </summary>
    public async Task<HitSet> GetAsync(string key, Func<HitSet> compute, CancellationToken cancellationToken)
    {
        TaskCompletionSource<HitSet>? mine = null;
        Task<HitSet> pending;
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                pending = node.Value.Result;
            }
            else
            {
                mine = new TaskCompletionSource<HitSet>(TaskCreationOptions.RunContinuationsAsynchronously);
                pending = mine.Task;
                _entries[key] = _recent.AddFirst(new Entry(key, pending));
            }
        }
        if (mine is null)
        {
            try
            {
                var cached = await pending.WaitAsync(cancellationToken).ConfigureAwait(false);
                Interlocked.Increment(ref _hits);
                return cached;
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // The computation this request waited for failed (its own request was cancelled, say): compute here.
                return compute();
            }
        }
        Interlocked.Increment(ref _misses);
        try
        {
            var set = compute();
            mine.SetResult(set);
            Admit(key, set.Bytes);
            return set;
        }
        catch (Exception e)
        {
            lock (_lock)
            {
                if (_entries.TryGetValue(key, out var node) && node.Value.Result == mine.Task)
                {
                    _entries.Remove(key);
                    _recent.Remove(node);
                }
            }
            mine.SetException(e);
            _ = mine.Task.Exception; // observed: waiters compute for themselves
            throw;
        }
    }

    /// <summary>Counts a finished entry against the budget and drops the least recently used ones beyond it.</summary>
    private void Admit(string key, long bytes)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var node)) return;
            node.Value.Bytes = bytes;
            _bytes += bytes;
            // Entries still being computed have no size yet and are left alone.
            for (var candidate = _recent.Last; _bytes > budgetBytes && candidate is not null;)
            {
                var newer = candidate.Previous;
                if (candidate.Value.Bytes > 0)
                {
                    _recent.Remove(candidate);
                    _entries.Remove(candidate.Value.Key);
                    _bytes -= candidate.Value.Bytes;
                }
                candidate = newer;
            }
        }
    }

    private sealed class Entry(string key, Task<HitSet> result)
    {
        public string Key { get; } = key;
        public Task<HitSet> Result { get; } = result;
        public long Bytes { get; set; }
    }
}
