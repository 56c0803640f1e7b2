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
        SearchRequest request, Principal principal)
    {
        var ranked = request.Sort == SearchSort.Relevance;
        var (ids, ranks) = SelectHits(connection, transaction, request.Query, principal, ranked);
        var offset = (long)(request.Page - 1) * request.Limit;
        var page = offset >= ids.Length
            ? []
            : HitOrder.Top(ids, ranks, index, request.Sort, (int)Math.Min(ids.Length, offset + request.Limit))[(int)offset..];
        var hits = ReadHits(connection, transaction, page, HighlightTerm.From(request.Query));
        return new SearchResults(ids.Length, hits, index.Count(ids, Math.Max(1, request.FacetLimit)));
    }

    /// <summary>Every visible match's row id, with its rank when <paramref name="ranked"/> and the query has words.</summary>
    private static (long[] Ids, double[]? Ranks) SelectHits(SqliteConnection connection, SqliteTransaction transaction,
        QueryNode? query, Principal principal, bool ranked)
    {
        var translated = SqliteQueryTranslator.Translate(query);
        var policy = SqlitePolicy.Where(principal);
        var withRank = ranked && translated.Match is not null;
        var rank = withRank ? RankExpression : "0.0";
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = translated.Match is null
            ? $"SELECT c.id, 0.0 FROM cables c WHERE {translated.Where} AND {policy}"
            : translated.Where == "1" && policy == "1"
                ? $"SELECT rowid, {rank} FROM cable_text WHERE cable_text MATCH $match"
                : $"""
                  SELECT c.id, {rank} FROM cable_text JOIN cables c ON c.id = cable_text.rowid
                  WHERE cable_text MATCH $match AND {translated.Where} AND {policy}
                  """;
        Bind(command, translated);
        var ids = new List<long>();
        var ranks = withRank ? new List<double>() : null;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
            ranks?.Add(reader.GetDouble(1));
        }
        return ([.. ids], ranks?.ToArray());
    }

    /// <summary>The result rows of <paramref name="ids"/>, in that order.</summary>
    private static List<SearchHit> ReadHits(SqliteConnection connection, SqliteTransaction transaction, long[] ids,
        IReadOnlyList<HighlightTerm> terms)
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
            while (reader.Read()) byId[reader.GetInt64(0)] = ReadHit(reader, terms);
        return [.. ids.Where(byId.ContainsKey).Select(id => byId[id])];
    }
}
