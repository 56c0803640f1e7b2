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
    private static HitSet? SelectInMemory(SqliteConnection connection, SqliteTransaction transaction, FacetIndex index,
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
            using var command = Command(connection, transaction,
                $"SELECT rowid, {(withRank ? RankExpression : "0.0")} FROM view_text WHERE view_text MATCH $match");
            Bind(command, translated);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var view = reader.GetInt64(0);
                var cable = release.CableOf(view);
                if (cable >= 0 && check.Passes(view, cable)) Add(view, cable, reader.GetDouble(1));
            }
        }
        return new HitSet([.. ids], ranks?.ToArray(), partial);
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
