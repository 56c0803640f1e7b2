using Chancery.Archive.Query;
using Chancery.Archive.Text;
using Chancery.Cables;
using Microsoft.Data.Sqlite;

namespace Chancery.Archive.Storage.Sqlite;

public sealed partial class SqliteArchiveStore
{
    private const string RankExpression = "bm25(view_text, 4.0, 1.0)";

    /// <summary>A search with this many hits builds the facet index for the searches after it.</summary>
    private const int IndexWorthyHits = 2000;

    /// <inheritdoc />
    public async Task<SearchResults> SearchAsync(SearchRequest request, Principal principal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = Math.Clamp(request.Limit, 1, 1000);
        var page = Math.Max(1, request.Page);
        await using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        var connection = lease.Connection;
        using var transaction = connection.BeginTransaction(deferred: true);
        var rules = ReadRules(connection, transaction);
        if (await FacetIndexForAsync(Generation(connection, transaction)).ConfigureAwait(false) is { } index)
        {
            var results = await SearchWithIndexAsync(connection, transaction, index, request with { Limit = limit, Page = page }, principal,
                rules, cancellationToken).ConfigureAwait(false);
            transaction.Commit();
            return results;
        }
        try
        {
            var total = FillHits(connection, transaction, request.Query, principal, rules);
            var hits = ReadPage(connection, transaction, request.Query, request.Sort, limit, (page - 1) * limit, principal);
            var facetLimit = Math.Max(1, request.FacetLimit);
            var facets = new SearchFacets(
                Group(connection, transaction, StatsDimension.Tag, facetLimit),
                Group(connection, transaction, StatsDimension.Origin, facetLimit),
                Group(connection, transaction, StatsDimension.Classification, facetLimit),
                Group(connection, transaction, StatsDimension.Caption, facetLimit),
                Group(connection, transaction, StatsDimension.Year, null),
                Group(connection, transaction, StatsDimension.Month, null));
            ClearHits(connection, transaction);
            if (total >= IndexWorthyHits && FacetIndexUse == FacetIndexUse.Auto) FacetCache.StartBuild();
            // Commit, not roll back: a rollback would undo the temporary table's creation, and a schema change makes
            // SQLite reload every schema of the connection (FTS5 included) on the next search.
            transaction.Commit();
            return new SearchResults(total, hits, facets);
        }
        catch
        {
            ClearHits(connection, transaction);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CountRow>> GetStatsAsync(StatsDimension by, QueryNode? query, Principal principal, CancellationToken cancellationToken = default)
    {
        await using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        var connection = lease.Connection;
        using var transaction = connection.BeginTransaction(deferred: true);
        var rules = ReadRules(connection, transaction);
        if (await FacetIndexForAsync(Generation(connection, transaction)).ConfigureAwait(false) is { } index)
        {
            var set = await HitSetAsync(connection, transaction, index, query, principal, rules, ranked: false, cancellationToken)
                .ConfigureAwait(false);
            transaction.Commit();
            return index.Group(by, set.Ids.AsSpan(), null);
        }
        try
        {
            var total = FillHits(connection, transaction, query, principal, rules);
            var rows = Group(connection, transaction, by, null);
            if (total >= IndexWorthyHits && FacetIndexUse == FacetIndexUse.Auto) FacetCache.StartBuild();
            ClearHits(connection, transaction);
            transaction.Commit();
            return rows;
        }
        catch
        {
            ClearHits(connection, transaction);
            throw;
        }
    }

    /// <summary>
    /// Puts every visible match (a cable whose view for the principal matches), with its rank and whether that view is the
    /// full text, into this connection's temporary table; returns how many.
    /// </summary>
    private static long FillHits(SqliteConnection connection, SqliteTransaction transaction, QueryNode? query, Principal principal, ReleaseRules rules)
    {
        var translated = SqliteQueryTranslator.Translate(query);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var policy = SqlitePolicy.Where(principal, rules);
        var select = translated.Match is null
            ? $"SELECT c.id, w.is_full, 0.0, c.created FROM views w JOIN cables c ON c.id = w.cable_id WHERE {translated.Where} AND {policy}"
            : $"""
              SELECT c.id, w.is_full, {RankExpression}, c.created
              FROM view_text CROSS JOIN views w ON w.id = view_text.rowid CROSS JOIN cables c ON c.id = w.cable_id
              WHERE view_text MATCH $match AND {translated.Where} AND {policy}
              """;
        command.CommandText = """
            CREATE TEMP TABLE IF NOT EXISTS hits(id INTEGER PRIMARY KEY, full INTEGER NOT NULL, rank REAL NOT NULL, created TEXT);
            DELETE FROM temp.hits
            """;
        command.ExecuteNonQuery();
        // A statement of its own, so the count returned is this INSERT's alone.
        command.CommandText = $"INSERT INTO temp.hits(id, full, rank, created) {select}";
        Bind(command, translated);
        return command.ExecuteNonQuery();
    }

    private static void ClearHits(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM temp.hits";
        try { command.ExecuteNonQuery(); }
        catch (SqliteException) { /* the connection is going back to the pool; the next search clears it too */ }
    }

    private static List<SearchHit> ReadPage(SqliteConnection connection, SqliteTransaction transaction, QueryNode? query,
        SearchSort sort, int limit, int offset, Principal principal)
    {
        var order = sort switch
        {
            SearchSort.Date => "h.created IS NULL, h.created, c.ref_id",
            SearchSort.DateDescending => "h.created IS NULL, h.created DESC, c.ref_id",
            _ => "h.rank, h.created IS NULL, h.created DESC, c.ref_id",
        };
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            SELECT {HitColumns}, h.full
            FROM temp.hits h CROSS JOIN cables c ON c.id = h.id CROSS JOIN versions v ON v.cable_id = c.id AND v.number = c.versions
            ORDER BY {order}
            LIMIT $limit OFFSET $offset
            """;
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        var terms = HighlightTerm.From(query);
        var hits = new List<SearchHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) hits.Add(ReadHit(reader, terms, reader.GetInt64(9) != 0, principal));
        return hits;
    }

    /// <summary>The columns every result row is read from; <c>c</c> is the cable, <c>v</c> its latest version.</summary>
    private const string HitColumns = """
        c.id, c.ref_id, c.created, c.origin, c.classification, c.subject, v.content,
            (SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM tags WHERE cable_id = c.id ORDER BY position)),
            (SELECT group_concat(caption, char(31)) FROM (SELECT caption FROM captions WHERE cable_id = c.id ORDER BY position))
        """;

    /// <summary>
    /// One result row (<see cref="HitColumns"/>). For a partial view (<paramref name="fullView"/> false) the snippet and
    /// subject come only from the text released to <paramref name="principal"/>.
    /// </summary>
    private static SearchHit ReadHit(SqliteDataReader reader, IReadOnlyList<HighlightTerm> terms, bool fullView, Principal principal)
    {
        var subject = reader.IsDBNull(5) ? null : reader.GetString(5);
        string body;
        if (fullView) body = CableContent.UnpackBody((byte[])reader.GetValue(6));
        else
        {
            var released = Redaction.CableFor(CableContent.UnpackCable((byte[])reader.GetValue(6)).Cable, ReaderTypes.Of(principal));
            body = released.Body;
            subject = released.Subject;
        }
        var snippet = SnippetBuilder.Build(body, terms);
        return new SearchHit(
            reader.GetString(1),
            CableDocument.ParseDate(reader.IsDBNull(2) ? null : reader.GetString(2)),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.IsDBNull(4) ? null : (Classification)reader.GetInt32(4),
            subject,
            Split(reader, 7, '\u001f'),
            Split(reader, 8, '\u001f'),
            snippet.Text,
            snippet.Highlights);
    }

    private static EquatableList<string> Split(SqliteDataReader reader, int column, char separator) =>
        reader.IsDBNull(column) ? EquatableList<string>.Empty : [.. reader.GetString(column).Split(separator)];

    /// <summary>
    /// Counts the hits by one dimension: largest first (ties by value), years and months in time order. CROSS JOIN keeps
    /// the hits as the outer loop: the planner has no statistics for the temporary table and would otherwise scan a
    /// whole side table through its value index.
    /// </summary>
    private static List<CountRow> Group(SqliteConnection connection, SqliteTransaction transaction, StatsDimension by, int? limit)
    {
        var (value, from) = by switch
        {
            StatsDimension.Tag => ("t.tag", "temp.hits h CROSS JOIN tags t ON t.cable_id = h.id"),
            StatsDimension.Caption => ("t.caption", "temp.hits h CROSS JOIN captions t ON t.cable_id = h.id"),
            StatsDimension.Origin => ("c.origin", "temp.hits h CROSS JOIN cables c ON c.id = h.id"),
            StatsDimension.Classification => ("c.classification", "temp.hits h CROSS JOIN cables c ON c.id = h.id"),
            StatsDimension.Year => ("substr(h.created, 1, 4)", "temp.hits h"),
            StatsDimension.Month => ("substr(h.created, 1, 7)", "temp.hits h"),
            _ => throw new ArgumentOutOfRangeException(nameof(by)),
        };
        var inTimeOrder = by is StatsDimension.Year or StatsDimension.Month;
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            SELECT {value} AS value, count(*) AS n FROM {from}
            WHERE {value} IS NOT NULL
            GROUP BY value
            ORDER BY {(inTimeOrder ? "value" : "n DESC, value")}
            {(limit is null ? "" : "LIMIT " + limit.Value)}
            """;
        var rows = new List<CountRow>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var text = by == StatsDimension.Classification ? Names.Of((Classification)reader.GetInt32(0)) : reader.GetString(0);
            rows.Add(new CountRow(text, reader.GetInt64(1)));
        }
        return rows;
    }
}
