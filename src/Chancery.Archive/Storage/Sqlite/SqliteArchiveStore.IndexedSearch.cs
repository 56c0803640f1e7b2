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
    private async Task<SearchResults> SearchWithIndexAsync(SqliteConnection connection, SqliteTransaction transaction, FacetIndex index,
        SearchRequest request, Principal principal, ReleaseRules rules, CancellationToken cancellationToken)
    {
        var ranked = request.Sort == SearchSort.Relevance;
        var set = await HitSetAsync(connection, transaction, index, request.Query, principal, rules, ranked, cancellationToken)
            .ConfigureAwait(false);
        var offset = (long)(request.Page - 1) * request.Limit;
        var page = offset >= set.Ids.Length
            ? []
            : set.Top(index, request.Sort, (int)Math.Min(set.Ids.Length, offset + request.Limit))[(int)offset..].ToArray();
        var hits = ReadHits(connection, transaction, page, HighlightTerm.From(request.Query), set.Partial, principal);
        return new SearchResults(set.Ids.Length, hits, set.Facets(index, Math.Max(1, request.FacetLimit)));
    }

    /// <summary>
    /// The visible matches of <paramref name="query"/> at the index's generation, from the store's hit-set cache
    /// when an identical query for the same kind of reader ran on the same data. A cached ranked set also answers an
    /// unranked request (statistics).
    /// </summary>
    private async Task<HitSet> HitSetAsync(SqliteConnection connection, SqliteTransaction transaction, FacetIndex index,
        QueryNode? query, Principal principal, ReleaseRules rules, bool ranked, CancellationToken cancellationToken)
    {
        var generation = index.Generation;
        var translated = SqliteQueryTranslator.Translate(query);
        var policy = SqlitePolicy.Where(principal, rules);
        var withRank = ranked && translated.Match is not null;
        HitSet Select() =>
            SelectInMemory(connection, transaction, index, translated, principal, rules, withRank)
            ?? SelectHits(connection, transaction, translated, policy, withRank);
        if (SearchCacheBytes <= 0) return Select();
        var declassified = Scalar(connection, transaction, "SELECT count(*) FROM declassifications");
        var key = HitSetKey.Of(generation, declassified, translated.Match, translated.Where, translated.Parameters, policy);
        if (!withRank && translated.Match is not null && SearchCache.Peek(key + "|ranked") is { } rankedSet) return rankedSet;
        return await SearchCache.GetAsync(withRank ? key + "|ranked" : key, Select, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Every visible match's cable row id (one per cable: the view <paramref name="policy"/> lets through), with its
    /// rank when <paramref name="withRank"/>, and the ids whose view is partial (their text is redacted).
    /// </summary>
    private static HitSet SelectHits(SqliteConnection connection, SqliteTransaction transaction, SqliteQuery translated,
        string policy, bool withRank)
    {
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
        return new HitSet([.. ids], ranks?.ToArray(), partial);
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
