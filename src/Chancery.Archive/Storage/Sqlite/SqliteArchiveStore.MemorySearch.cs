using Chancery.Archive.Query;
using Chancery.Archive.Storage.Facets;
using Chancery.Archive.Storage.Sqlite.Fts5;
using Microsoft.Data.Sqlite;

namespace Chancery.Archive.Storage.Sqlite;

public sealed partial class SqliteArchiveStore
{
    /// <summary>
    /// The hits of a query whose need-to-know and filters the facet index can decide, without joining views and cables
    /// once per match: the words (when there are any) are scanned in the full-text index alone, each matching view
    /// handed to <see cref="CollectMatchesFunction"/>, which keeps only the views the reader may see and the filters
    /// pass and ranks only those; a query without words reads no index at all, only the explicit declassifications
    /// and the row ids of filters the facet index does not hold. Null when the index cannot decide the query (SQL
    /// answers it).
    /// </summary>
    private HitSet? SelectInMemory(SqliteConnection connection, SqliteTransaction transaction, FacetIndex index,
        SqliteQuery translated, Principal principal, ReleaseRules rules, bool withRank)
    {
        CableFilter? filter = null;
        if (translated.Match is null || translated.Where != "1")
        {
            if (translated.Match is not null && CollectMatchesFunction.Unavailable) return null;
            filter = CableFilter.For(translated.Filters, index, node => FilterRows(connection, transaction, node));
            if (filter is null) return null;
        }

        var release = index.Release;
        var check = new ReleaseCheck(release, principal, rules, Declassified(connection, transaction));
        var ids = new List<long>();
        var ranks = withRank ? new List<double>() : null;
        var partial = new HashSet<long>();
        void Add(long view, int cable, double rank)
        {
            ids.Add(cable);
            ranks?.Add(rank);
            if (!release.IsFull(view)) partial.Add(cable);
        }

        if (translated.Match is null)
        {
            for (var view = 0; view < release.ViewCapacity; view++)
            {
                var cable = release.CableOf(view);
                if (cable >= 0 && check.Passes(view, cable) && filter!.Matches(cable)) Add(view, cable, 0);
            }
            return new HitSet([.. ids], ranks?.ToArray(), partial);
        }

        bool Accept(long view)
        {
            var cable = release.CableOf(view);
            return cable >= 0 && check.Passes(view, cable) && (filter is null || filter.Matches(cable));
        }
        var statistics = new Bm25Statistics();
        List<MatchCollector> scans;
        // Splitting pays only when the other core is idle: while another scan runs it would just compete with it,
        // and each half repeats some work (a prefix's merged doclist, a phrase's IDF).
        var alone = Interlocked.Increment(ref _textScansRunning) == 1;
        try
        {
            scans = withRank && alone && release.ViewCapacity >= ParallelRankedViews && Environment.ProcessorCount > 1
                ? ScanInHalves(connection, transaction, index, translated, Accept, statistics)
                : [Scan(connection, transaction, translated, Collector(index, withRank, Accept, statistics, 0, long.MaxValue))];
        }
        finally
        {
            Interlocked.Decrement(ref _textScansRunning);
        }
        statistics.Complete();
        // Straight into arrays of the final size: a common word's hits fill megabytes, and every copy of them is
        // garbage for the collector.
        var total = scans.Sum(s => s.Count);
        var hitIds = new long[total];
        var hitRanks = withRank ? new double[total] : null;
        var next = 0;
        foreach (var scan in scans)
        {
            var views = scan.Rows;
            var scores = scan.Ranks;
            for (var i = 0; i < views.Length; i++, next++)
            {
                var cable = release.CableOf(views[i]);
                hitIds[next] = cable;
                if (hitRanks is not null) hitRanks[next] = scores[i];
                if (!release.IsFull(views[i])) partial.Add(cable);
            }
        }
        return new HitSet(hitIds, hitRanks, partial);
    }

    /// <summary>
    /// A ranked search of words over at least this many views, when no other full-text scan of this store is running,
    /// is scored in two halves of the view row ids at once, on two connections (a word can match most of the
    /// archive, and ranking costs per match).
    /// </summary>
    internal int ParallelRankedViews { get; set; } = 100_000;

    private int _textScansRunning;

    /// <summary>bm25's column weights (subject, body): the same as <see cref="RankExpression"/>'s.</summary>
    private static readonly double[] RankWeights = [4.0, 1.0];

    private static MatchCollector Collector(FacetIndex index, bool withRank, Func<long, bool> accept, Bm25Statistics statistics,
        long from, long until) =>
        new(withRank, RankWeights, accept, index.ViewTokens, statistics, from, until);

    /// <summary>
    /// Collects the views matching the words whose row id is in the collector's range into it (the statement itself
    /// yields no rows).
    /// </summary>
    private static MatchCollector Scan(SqliteConnection connection, SqliteTransaction transaction, SqliteQuery translated,
        MatchCollector collector)
    {
        using (collector)
        using (var command = Command(connection, transaction,
            $"SELECT 1 FROM view_text WHERE view_text MATCH $match AND rowid >= $from AND rowid < $until AND {CollectMatchesFunction.Name}(view_text, $collector)"))
        {
            command.Parameters.AddWithValue("$match", translated.Match);
            command.Parameters.AddWithValue("$from", collector.From);
            command.Parameters.AddWithValue("$until", collector.Until);
            command.Parameters.AddWithValue("$collector", collector.Id);
            using var reader = command.ExecuteReader();
            while (reader.Read()) { }
        }
        return collector;
    }

    /// <summary>
    /// <see cref="Scan"/> of the lower half here and of the upper half on another connection at the same time. bm25's
    /// statistics cover the whole table in either, so the ranks are those of one scan. The other connection must read
    /// the same data generation; if a write came between, this connection scans the upper half too.
    /// </summary>
    private List<MatchCollector> ScanInHalves(SqliteConnection connection, SqliteTransaction transaction, FacetIndex index,
        SqliteQuery translated, Func<long, bool> accept, Bm25Statistics statistics)
    {
        var middle = index.Release.ViewCapacity / 2;
        var upper = Task.Run(() => ScanElsewhere(index, translated, accept, statistics, middle));
        var lower = Scan(connection, transaction, translated, Collector(index, true, accept, statistics, 0, middle));
        return [lower, upper.GetAwaiter().GetResult()
            ?? Scan(connection, transaction, translated, Collector(index, true, accept, statistics, middle, long.MaxValue))];
    }

    private MatchCollector? ScanElsewhere(FacetIndex index, SqliteQuery translated, Func<long, bool> accept, Bm25Statistics statistics,
        long from)
    {
        var lease = RentReaderAsync(CancellationToken.None).GetAwaiter().GetResult();
        try
        {
            using var transaction = lease.Connection.BeginTransaction(deferred: true);
            var rows = Generation(lease.Connection, transaction) == index.Generation
                ? Scan(lease.Connection, transaction, translated, Collector(index, true, accept, statistics, from, long.MaxValue))
                : null;
            transaction.Commit();
            return rows;
        }
        finally
        {
            lease.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>The cable row ids of a filter the facet index does not hold (addressee, reference, id), as SQL selects them.</summary>
    private static HashSet<long> FilterRows(SqliteConnection connection, SqliteTransaction transaction, FilterNode filter)
    {
        using var command = Command(connection, transaction, SqliteQueryTranslator.RowsOf(filter.Field));
        command.Parameters.AddWithValue("$value", filter.Value);
        var rows = new HashSet<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) rows.Add(reader.GetInt64(0));
        return rows;
    }

    private static HashSet<long> Declassified(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = Command(connection, transaction, "SELECT cable_id FROM declassifications");
        var rows = new HashSet<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) rows.Add(reader.GetInt64(0));
        return rows;
    }
}
