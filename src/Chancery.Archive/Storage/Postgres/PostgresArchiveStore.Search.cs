using Chancery.Archive.Query;
using Chancery.Archive.Text;
using Chancery.Cables;
using Npgsql;
using NpgsqlTypes;

namespace Chancery.Archive.Storage.Postgres;

public sealed partial class PostgresArchiveStore
{
    /// <inheritdoc />
    public Task<SearchResults> SearchAsync(SearchRequest request, Principal principal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = Math.Clamp(request.Limit, 1, 1000);
        var page = Math.Max(1, request.Page);
        var facetLimit = Math.Max(1, request.FacetLimit);
        var translated = PostgresQuery.Translate(request.Query);
        return Guard(async () =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var rules = await ReadRulesAsync(connection, cancellationToken).ConfigureAwait(false);
            var where = $"{translated.Condition} AND {PostgresPolicy.Where(principal, rules)}";
            await using var batch = new NpgsqlBatch(connection);
            batch.BatchCommands.Add(PageCommand(translated, where, request.Sort, limit, (long)(page - 1) * limit));
            batch.BatchCommands.Add(GroupsCommand(translated, where, facetLimit, StatsDimension.Tag, StatsDimension.Origin,
                StatsDimension.Classification, StatsDimension.Caption, StatsDimension.Year, StatsDimension.Month));
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var terms = HighlightTerm.From(request.Query);
            var hits = new List<SearchHit>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                hits.Add(ReadHit(reader, terms, principal));
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            var (total, groups) = await ReadGroupsAsync(reader, cancellationToken).ConfigureAwait(false);
            var facets = new SearchFacets(
                Ordered(groups, StatsDimension.Tag, facetLimit), Ordered(groups, StatsDimension.Origin, facetLimit),
                Ordered(groups, StatsDimension.Classification, facetLimit), Ordered(groups, StatsDimension.Caption, facetLimit),
                Ordered(groups, StatsDimension.Year, null), Ordered(groups, StatsDimension.Month, null));
            return new SearchResults(total, hits, facets);
        });
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CountRow>> GetStatsAsync(StatsDimension by, QueryNode? query, Principal principal, CancellationToken cancellationToken = default)
    {
        var translated = PostgresQuery.Translate(query);
        return Guard(async () =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var rules = await ReadRulesAsync(connection, cancellationToken).ConfigureAwait(false);
            var where = $"{translated.Condition} AND {PostgresPolicy.Where(principal, rules)}";
            await using var batch = new NpgsqlBatch(connection);
            batch.BatchCommands.Add(GroupsCommand(translated, where, null, by));
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var (_, groups) = await ReadGroupsAsync(reader, cancellationToken).ConfigureAwait(false);
            return (IReadOnlyList<CountRow>)Ordered(groups, by, null);
        });
    }

    private static NpgsqlBatchCommand PageCommand(PostgresQuery query, string where, SearchSort sort, int limit, long offset)
    {
        var parameters = Clone(query.Parameters).ToList();
        string order;
        if (sort == SearchSort.Relevance && query.Rank is { } rank)
        {
            parameters.Add(new NpgsqlParameter { Value = rank, NpgsqlDbType = NpgsqlDbType.TsQuery });
            order = $"ts_rank(w.rank_tsv, ${parameters.Count}) DESC, c.created DESC NULLS LAST, c.reference_id COLLATE \"C\"";
        }
        else
        {
            order = sort == SearchSort.Date
                ? "c.created ASC NULLS LAST, c.reference_id COLLATE \"C\""
                : "c.created DESC NULLS LAST, c.reference_id COLLATE \"C\"";
        }
        var command = new NpgsqlBatchCommand($"""
            SELECT c.reference_id, c.created, c.origin, c.classification, c.subject, c.tags, c.captions, v.content, w.is_full
            FROM cables c JOIN cable_views w ON w.cable_id = c.id JOIN cable_versions v ON v.cable_id = c.id AND v.number = c.versions
            WHERE {where}
            ORDER BY {order}
            LIMIT {limit} OFFSET {offset}
            """);
        command.Parameters.AddRange(parameters.ToArray());
        return command;
    }

    private static SearchHit ReadHit(NpgsqlDataReader reader, IReadOnlyList<HighlightTerm> terms, Principal principal)
    {
        var subject = reader.IsDBNull(4) ? null : reader.GetString(4);
        string body;
        if (reader.GetBoolean(8)) body = CableContent.UnpackBody(reader.GetFieldValue<byte[]>(7));
        else
        {
            // A partial view: the snippet and subject come only from the text released to this principal.
            var released = Redaction.CableFor(CableContent.UnpackCable(reader.GetFieldValue<byte[]>(7)).Cable, ReaderTypes.Of(principal));
            body = released.Body;
            subject = released.Subject;
        }
        var snippet = SnippetBuilder.Build(body, terms);
        return new SearchHit(
            reader.GetString(0),
            reader.IsDBNull(1) ? null : DateTime.SpecifyKind(reader.GetDateTime(1), DateTimeKind.Utc),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.IsDBNull(3) ? null : (Classification)reader.GetInt16(3),
            subject,
            [.. reader.GetFieldValue<string[]>(5)],
            [.. reader.GetFieldValue<string[]>(6)],
            snippet.Text,
            snippet.Highlights);
    }

    /// <summary>
    /// One statement that counts the visible matches (dimension -1) and groups them by each dimension asked for.
    /// Each group is cut to <paramref name="limit"/> in SQL (largest first, ties by value) and ordered again on reading.
    /// </summary>
    private static NpgsqlBatchCommand GroupsCommand(PostgresQuery query, string where, int? limit, params StatsDimension[] dimensions)
    {
        var parts = new List<string> { "SELECT -1 AS dimension, NULL::text AS value, count(*) AS n FROM m" };
        foreach (var by in dimensions)
        {
            var (value, from) = by switch
            {
                StatsDimension.Tag => ("t", "m, unnest(m.tags) t"),
                StatsDimension.Caption => ("t", "m, unnest(m.captions) t"),
                StatsDimension.Origin => ("m.origin", "m"),
                StatsDimension.Classification => ("m.classification::text", "m"),
                StatsDimension.Year => ("to_char(m.created, 'YYYY')", "m"),
                StatsDimension.Month => ("to_char(m.created, 'YYYY-MM')", "m"),
                _ => throw new ArgumentOutOfRangeException(nameof(dimensions), by, "unknown dimension"),
            };
            var timeOrdered = by is StatsDimension.Year or StatsDimension.Month;
            var order = by == StatsDimension.Classification ? "n DESC, min(m.classification)" : $"n DESC, {value} COLLATE \"C\"";
            var cut = limit is { } l && !timeOrdered ? $"ORDER BY {order} LIMIT {l}" : "";
            parts.Add($"(SELECT {(int)by}, {value} AS value, count(*) AS n FROM {from} WHERE {value} IS NOT NULL GROUP BY 2 {cut})");
        }
        var command = new NpgsqlBatchCommand($"""
            WITH m AS MATERIALIZED (
                SELECT c.origin, c.classification, c.created, c.tags, c.captions FROM cables c JOIN cable_views w ON w.cable_id = c.id WHERE {where}
            )
            {string.Join("\nUNION ALL\n", parts)}
            """);
        command.Parameters.AddRange(Clone(query.Parameters));
        return command;
    }

    private static async Task<(long Total, List<(StatsDimension By, string Value, long Count)> Groups)> ReadGroupsAsync(
        NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        long total = 0;
        var groups = new List<(StatsDimension, string, long)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var dimension = reader.GetInt32(0);
            if (dimension < 0) total = reader.GetInt64(2);
            else groups.Add(((StatsDimension)dimension, reader.GetString(1), reader.GetInt64(2)));
        }
        return (total, groups);
    }

    /// <summary>The rows of one dimension as the SQLite store orders them: largest first with ties by value (classifications
    /// by level), years and months in time order.</summary>
    private static List<CountRow> Ordered(List<(StatsDimension By, string Value, long Count)> groups, StatsDimension by, int? limit)
    {
        var rows = groups.Where(g => g.By == by);
        rows = by switch
        {
            StatsDimension.Year or StatsDimension.Month => rows.OrderBy(g => g.Value, StringComparer.Ordinal),
            StatsDimension.Classification => rows.OrderByDescending(g => g.Count).ThenBy(g => int.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture)),
            _ => rows.OrderByDescending(g => g.Count).ThenBy(g => g.Value, StringComparer.Ordinal),
        };
        if (limit is { } l && by is not (StatsDimension.Year or StatsDimension.Month)) rows = rows.Take(l);
        return rows.Select(g => new CountRow(
            by == StatsDimension.Classification ? Names.Of((Classification)int.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture)) : g.Value,
            g.Count)).ToList();
    }
}
