using System.Globalization;
using Chancery.Archive.Query;
using Chancery.Archive.Storage.Facets;
using Chancery.Archive.Text;
using Microsoft.Data.Sqlite;

namespace Chancery.Archive.Storage.Sqlite;

public sealed partial class SqliteArchiveStore
{
    /// <summary>
    /// A search answered with the facet index: the query (need-to-know included) selects the visible matching row ids
    /// and their rank straight into memory; ordering, paging and facet counts then run over arrays instead of a
    /// temporary table joined once per facet.
    /// </summary>
    private static SearchResults SearchWithIndex(SqliteConnection connection, SqliteTransaction transaction, FacetIndex index,
        SearchRequest request, Principal principal, ReleaseRules rules)
    {
        var ranked = request.Sort == SearchSort.Relevance;
        var (ids, ranks, partial) = SelectHits(connection, transaction, request.Query, principal, rules, ranked);
        var offset = (long)(request.Page - 1) * request.Limit;
        var page = offset >= ids.Length
            ? []
            : HitOrder.Top(ids, ranks, index, request.Sort, (int)Math.Min(ids.Length, offset + request.Limit))[(int)offset..];
        var hits = ReadHits(connection, transaction, page, HighlightTerm.From(request.Query), partial, principal);
        return new SearchResults(ids.Length, hits, index.Count(ids, Math.Max(1, request.FacetLimit)));
    }

    /// <summary>
    /// Every visible match's cable row id (one per cable: the principal's view of it), with its rank when
    /// <paramref name="ranked"/> and the query has words, and the ids whose view is partial (their text is redacted).
    /// </summary>
    private static (long[] Ids, double[]? Ranks, HashSet<long> Partial) SelectHits(SqliteConnection connection, SqliteTransaction transaction,
        QueryNode? query, Principal principal, ReleaseRules rules, bool ranked)
    {
        var translated = SqliteQueryTranslator.Translate(query);
        var policy = SqlitePolicy.Where(principal, rules);
        var withRank = ranked && translated.Match is not null;
        var rank = withRank ? RankExpression : "0.0";
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = translated.Match is null
            ? $"SELECT c.id, 0.0, w.is_full FROM views w JOIN cables c ON c.id = w.cable_id WHERE {translated.Where} AND {policy}"
            : $"""
              SELECT c.id, {rank}, w.is_full FROM view_text CROSS JOIN views w ON w.id = view_text.rowid CROSS JOIN cables c ON c.id = w.cable_id
              WHERE view_text MATCH $match AND {translated.Where} AND {policy}
              """;
        Bind(command, translated);
        var ids = new List<long>();
        var ranks = withRank ? new List<double>() : null;
        var partial = new HashSet<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
            ranks?.Add(reader.GetDouble(1));
            if (reader.GetInt64(2) == 0) partial.Add(reader.GetInt64(0));
        }
        return ([.. ids], ranks?.ToArray(), partial);
    }

    /// <summary>The result rows of <paramref name="ids"/>, in that order.</summary>
    private static List<SearchHit> ReadHits(SqliteConnection connection, SqliteTransaction transaction, long[] ids,
        IReadOnlyList<HighlightTerm> terms, HashSet<long> partial, Principal principal)
    {
        if (ids.Length == 0) return [];
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // Row ids are integers the store itself produced: safe to write into the statement.
        command.CommandText = $"""
            SELECT {HitColumns}
            FROM cables c CROSS JOIN versions v ON v.cable_id = c.id AND v.number = c.versions
            WHERE c.id IN ({string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture)))})
            """;
        var byId = new Dictionary<long, SearchHit>(ids.Length);
        using (var reader = command.ExecuteReader())
            while (reader.Read()) byId[reader.GetInt64(0)] = ReadHit(reader, terms, !partial.Contains(reader.GetInt64(0)), principal);
        return [.. ids.Where(byId.ContainsKey).Select(id => byId[id])];
    }
}
