using Chancery.Archive.Query;
using Chancery.Archive.Storage.Facets;
using Microsoft.Data.Sqlite;

namespace Chancery.Archive.Storage.Sqlite;

public sealed partial class SqliteArchiveStore
{
    /// <summary>
    /// The hits of a query whose need-to-know and filters the facet index can decide, without joining views and cables
    /// once per match: a query of words alone reads only the full-text index (row ids, and ranks when ranked); a query
    /// without words reads no index at all, only the explicit declassifications and the row ids of filters the facet
    /// index does not hold. Null when the query mixes words with filters (SQL answers it, ranking only what passes).
    /// </summary>
    private HitSet? SelectInMemory(SqliteConnection connection, SqliteTransaction transaction, FacetIndex index,
        QueryNode? query, SqliteQuery translated, Principal principal, ReleaseRules rules, bool withRank)
    {
        CableFilter? filter = null;
        if (translated.Match is null)
        {
            filter = CableFilter.For(query, index, node => FilterRows(connection, transaction, node));
            if (filter is null) return null;
        }
        else if (translated.Where != "1") return null;

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

        if (filter is not null)
        {
            for (var view = 0; view < release.ViewCapacity; view++)
            {
                var cable = release.CableOf(view);
                if (cable >= 0 && check.Passes(view, cable) && filter.Matches(cable)) Add(view, cable, 0);
            }
        }
        else
        {
            var scanned = withRank && release.ViewCapacity >= ParallelRankedViews && Environment.ProcessorCount > 1
                ? ScanInHalves(connection, transaction, index.Generation, translated, release.ViewCapacity)
                : Scan(connection, transaction, translated, withRank, 0, long.MaxValue);
            foreach (var (view, rank) in scanned)
            {
                var cable = release.CableOf(view);
                if (cable >= 0 && check.Passes(view, cable)) Add(view, cable, rank);
            }
        }
        return new HitSet([.. ids], ranks?.ToArray(), partial);
    }

    /// <summary>
    /// A ranked search of words over at least this many views is scored in two halves of the view row ids at once,
    /// on two connections (FTS5's bm25 costs a microsecond or more per match, and a word can match most of the archive).
    /// </summary>
    internal int ParallelRankedViews { get; set; } = 100_000;

    /// <summary>The views whose row id is in [<paramref name="from"/>, <paramref name="until"/>) matching the words, with their rank.</summary>
    private static List<(long View, double Rank)> Scan(SqliteConnection connection, SqliteTransaction transaction, SqliteQuery translated,
        bool withRank, long from, long until)
    {
        using var command = Command(connection, transaction,
            $"SELECT rowid, {(withRank ? RankExpression : "0.0")} FROM view_text WHERE view_text MATCH $match AND rowid >= $from AND rowid < $until");
        Bind(command, translated);
        command.Parameters.AddWithValue("$from", from);
        command.Parameters.AddWithValue("$until", until);
        var rows = new List<(long, double)>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) rows.Add((reader.GetInt64(0), reader.GetDouble(1)));
        return rows;
    }

    /// <summary>
    /// <see cref="Scan"/> of the lower half here and of the upper half on another connection at the same time. bm25's
    /// statistics cover the whole table in either, so the ranks are those of one scan. The other connection must read
    /// the same data generation; if a write came between, this connection scans the upper half too.
    /// </summary>
    private List<(long View, double Rank)> ScanInHalves(SqliteConnection connection, SqliteTransaction transaction, long generation,
        SqliteQuery translated, int viewCapacity)
    {
        var middle = viewCapacity / 2;
        var upper = Task.Run(() => ScanElsewhere(generation, translated, middle));
        var rows = Scan(connection, transaction, translated, withRank: true, 0, middle);
        rows.AddRange(upper.GetAwaiter().GetResult() ?? Scan(connection, transaction, translated, withRank: true, middle, long.MaxValue));
        return rows;
    }

    private List<(long View, double Rank)>? ScanElsewhere(long generation, SqliteQuery translated, long from)
    {
        var lease = RentReaderAsync(CancellationToken.None).GetAwaiter().GetResult();
        try
        {
            using var transaction = lease.Connection.BeginTransaction(deferred: true);
            var rows = Generation(lease.Connection, transaction) == generation
                ? Scan(lease.Connection, transaction, translated, withRank: true, from, long.MaxValue)
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
