using System.Collections.Concurrent;

namespace Chancery.Archive.Storage.Sqlite.Fts5;

/// <summary>
/// Where <see cref="CollectMatchesFunction"/> puts the rows of one full-text scan over a range of row ids: the rows
/// it accepts, with their bm25 rank when ranked. A statement names its collector by <see cref="Id"/> (an integer
/// parameter), so the rows go straight into arrays instead of through the data reader one by one. Several
/// collectors scanning parts of one table for one query (<see cref="Bm25Statistics"/>) rank as one scan would.
/// </summary>
internal sealed class MatchCollector : IDisposable
{
    private static readonly ConcurrentDictionary<long, MatchCollector> Open = new();
    private static long _lastId;

    private long[] _rows = new long[1024];
    private double[] _ranks;
    private double[] _lengths = [];

    /// <summary>A collector, open for statements until disposed.</summary>
    /// <param name="ranked">Whether to score each accepted row with bm25.</param>
    /// <param name="weights">bm25's column weights, in the table's column order (a missing column weighs 1).</param>
    /// <param name="accept">Which row ids to keep (null: all); rows it refuses are neither scored nor kept.</param>
    /// <param name="lengths">Each row's size in tokens over all columns, by row id, -1 where unknown (null: ask FTS5).</param>
    /// <param name="statistics">What the collectors of the other parts of the same scan share (null: this scan is whole).</param>
    /// <param name="from">The lowest row id the statement scans.</param>
    /// <param name="until">One more than the highest row id the statement scans.</param>
    public MatchCollector(bool ranked, double[] weights, Func<long, bool>? accept, int[]? lengths,
        Bm25Statistics? statistics = null, long from = 0, long until = long.MaxValue)
    {
        Ranked = ranked;
        Weights = weights;
        Accept = accept;
        Lengths = lengths;
        Statistics = statistics ?? new Bm25Statistics();
        Statistics.Join(this);
        From = from;
        Until = until;
        _ranks = ranked ? new double[1024] : [];
        Id = Interlocked.Increment(ref _lastId);
        Open[Id] = this;
    }

    /// <summary>The value a statement passes to name this collector.</summary>
    public long Id { get; }

    /// <summary>Whether accepted rows are scored.</summary>
    public bool Ranked { get; }

    /// <summary>bm25's column weights.</summary>
    public double[] Weights { get; }

    /// <summary>Which row ids to keep, or null for all.</summary>
    public Func<long, bool>? Accept { get; }

    /// <summary>Row sizes in tokens by row id (-1: unknown), or null.</summary>
    public int[]? Lengths { get; }

    /// <summary>The per-query figures this collector shares with the other parts of its scan.</summary>
    public Bm25Statistics Statistics { get; }

    /// <summary>The lowest row id this collector takes.</summary>
    public long From { get; }

    /// <summary>One more than the highest row id this collector takes.</summary>
    public long Until { get; }

    /// <summary>How many rows matched in [<see cref="From"/>, <see cref="Until"/>), accepted or not.</summary>
    public long Matched { get; set; }

    /// <summary>How many rows were kept.</summary>
    public int Count { get; private set; }

    /// <summary>The kept row ids, in scan order.</summary>
    public ReadOnlySpan<long> Rows => _rows.AsSpan(0, Count);

    /// <summary>
    /// The kept rows' ranks (lower is better, as FTS5's bm25), or empty when not ranked. For a query of one phrase
    /// they are final only after <see cref="Bm25Statistics.Complete"/>.
    /// </summary>
    public ReadOnlySpan<double> Ranks => Ranked ? _ranks.AsSpan(0, Count) : [];

    /// <summary>The open collector named <paramref name="id"/>, or null.</summary>
    public static MatchCollector? Find(long id) => Open.GetValueOrDefault(id);

    /// <summary>Keeps row <paramref name="row"/> with <paramref name="rank"/>.</summary>
    public void Add(long row, double rank)
    {
        Grow();
        _rows[Count] = row;
        if (Ranked) _ranks[Count] = rank;
        Count++;
    }

    /// <summary>
    /// Keeps row <paramref name="row"/> of a one-phrase query with the phrase's weighted frequency and the row's
    /// length, to be ranked when the phrase's count over the whole table is known.
    /// </summary>
    public void AddPending(long row, double frequency, double length)
    {
        Grow();
        if (_lengths.Length < _ranks.Length) Array.Resize(ref _lengths, _ranks.Length);
        _rows[Count] = row;
        _ranks[Count] = frequency;
        _lengths[Count] = length;
        Count++;
    }

    /// <summary>Turns the pending frequencies into bm25 ranks (see <see cref="AddPending"/>).</summary>
    internal void RankPending(double idf, double averageLength)
    {
        for (var i = 0; i < Count; i++)
        {
            var frequency = _ranks[i];
            var score = 0.0;
            score += Bm25.Term(idf, frequency, _lengths[i], averageLength);
            _ranks[i] = -1.0 * score;
        }
        _lengths = [];
    }

    private void Grow()
    {
        if (Count < _rows.Length) return;
        Array.Resize(ref _rows, Count * 2);
        if (Ranked) Array.Resize(ref _ranks, Count * 2);
    }

    /// <inheritdoc />
    public void Dispose() => Open.TryRemove(Id, out _);
}
