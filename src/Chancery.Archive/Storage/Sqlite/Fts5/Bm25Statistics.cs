namespace Chancery.Archive.Storage.Sqlite.Fts5;

/// <summary>bm25's constants, as FTS5 fixes them (fts5_aux.c).</summary>
internal static class Bm25
{
    /// <summary>Term-frequency saturation.</summary>
    public const double K1 = 1.2;

    /// <summary>Length normalisation.</summary>
    public const double B = 0.75;

    /// <summary>
    /// One phrase's share of a row's score: its IDF times the saturated, length-normalised frequency, in the order
    /// of operations of fts5Bm25Function (so the sum is bm25's to the last bit).
    /// </summary>
    public static double Term(double idf, double frequency, double length, double averageLength) =>
        idf * (frequency * (K1 + 1.0) / (frequency + K1 * (1 - B + B * length / averageLength)));

    /// <summary>The IDF of a phrase found in <paramref name="hits"/> of <paramref name="rows"/> rows, as bm25 computes it.</summary>
    public static double Idf(long rows, long hits)
    {
        var idf = Math.Log((rows - hits + 0.5) / (hits + 0.5));
        return idf <= 0.0 ? 1e-6 : idf;
    }
}

/// <summary>
/// The per-query figures of bm25 shared by the collectors that scan parts of one table for one query: the table's
/// size and average row length, each phrase's IDF (worked out once, by whichever part needs it first), and, for a
/// query of a single phrase, nothing more: its count over the table is the sum of the parts' matches, so its rows
/// are ranked in <see cref="Complete"/> without a separate pass to count them.
/// </summary>
internal sealed class Bm25Statistics
{
    private readonly List<MatchCollector> _parts = [];

    /// <summary>Guards the figures while the parts' scans run at once.</summary>
    public Lock Gate { get; } = new();

    /// <summary>The table's row count, once known.</summary>
    public long Rows { get; set; }

    /// <summary>The table's average row length in tokens, once known.</summary>
    public double AverageLength { get; set; }

    /// <summary>How many phrases the query has, or -1 before the first row.</summary>
    public int Phrases { get; set; } = -1;

    /// <summary>True once <see cref="Complete"/> has ranked the pending rows.</summary>
    public bool Completed { get; private set; }

    /// <summary>Each phrase's IDF (queries of several phrases), or null until worked out.</summary>
    public double[]? Idf { get; set; }

    /// <summary>Adds a collector scanning a part of the table.</summary>
    public void Join(MatchCollector part)
    {
        lock (Gate) _parts.Add(part);
    }

    /// <summary>
    /// Ranks the rows a one-phrase query left pending, once every part has scanned. Call it after the scans; it does
    /// nothing for queries of several phrases (ranked as they went) or when nothing matched.
    /// </summary>
    public void Complete()
    {
        lock (Gate)
        {
            if (Phrases != 1 || Completed) return;
            var hits = _parts.Sum(p => p.Matched);
            var idf = Bm25.Idf(Rows, hits);
            foreach (var part in _parts)
                if (part.Ranked) part.RankPending(idf, AverageLength);
            Completed = true;
        }
    }
}
