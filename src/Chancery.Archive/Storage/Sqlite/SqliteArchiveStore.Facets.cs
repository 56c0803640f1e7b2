using Chancery.Archive.Storage.Facets;
using Microsoft.Data.Sqlite;

namespace Chancery.Archive.Storage.Sqlite;

/// <summary>When a store answers searches with its <see cref="FacetIndex"/>.</summary>
internal enum FacetIndexUse
{
    /// <summary>Once a large search has built it, while it is current.</summary>
    Auto,
    /// <summary>Always: built before answering when missing or stale.</summary>
    Always,
    /// <summary>Never: every answer through SQL.</summary>
    Never,
}

public sealed partial class SqliteArchiveStore
{
    private FacetIndexCache? _facetCache;

    private FacetIndexCache FacetCache => LazyInitializer.EnsureInitialized(ref _facetCache, () => new FacetIndexCache(LoadFacetIndexAsync));

    private HitSetCache? _searchCache;

    private HitSetCache SearchCache => LazyInitializer.EnsureInitialized(ref _searchCache, () => new HitSetCache(SearchCacheBytes));

    /// <summary>
    /// The memory the cache of recent searches' hit sets may use (0 turns it off); searches answered with the facet
    /// index use it. Set before the first search.
    /// </summary>
    internal long SearchCacheBytes { get; set; } = 192L << 20;

    /// <summary>How many searches the hit-set cache answered (tests check it is used, and bypassed when it must be).</summary>
    internal long CachedSearches => _searchCache?.Hits ?? 0;

    /// <summary>When to answer with the facet index; tests pin it to compare both ways of answering.</summary>
    internal FacetIndexUse FacetIndexUse { get; set; } = FacetIndexUse.Auto;

    /// <summary>How many searches and statistics the facet index answered (tests check the fast path ran).</summary>
    internal int IndexedAnswers => _indexedAnswers;

    private int _indexedAnswers;

    /// <inheritdoc />
    public async Task<bool> WarmUpAsync(CancellationToken cancellationToken = default)
    {
        if (FacetIndexUse == FacetIndexUse.Never) return false;
        // Built when a search has this many hits anyway: an archive this small answers fast enough through SQL.
        if ((await CountAsync(cancellationToken).ConfigureAwait(false)).Cables < IndexWorthyHits) return false;
        if (await FacetCache.RefreshAsync().ConfigureAwait(false) is null) return false;
        await WarmUpSearchesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// A few searches built from the newest cable's subject and tags (a word, a phrase, a prefix, a word with a tag),
    /// so the code that answers each kind is compiled before the first reader asks, not during their search.
    /// </summary>
    private async Task WarmUpSearchesAsync(CancellationToken cancellationToken)
    {
        var newest = await SearchAsync(new SearchRequest(null, Limit: 1, Sort: SearchSort.DateDescending, FacetLimit: 1),
            Principal.Unrestricted, cancellationToken).ConfigureAwait(false);
        if (newest.Results is not [{ Subject: { } subject } hit]) return;
        var words = Text.SearchTokenizer.Tokens(subject).Where(w => w.Length >= 4 && w.All(char.IsLetter)).Take(2).ToList();
        if (words.Count == 0) return;
        List<string> queries = [words[0], words[0][..4] + "*"];
        if (words.Count == 2) queries.Add($"\"{words[0]} {words[1]}\"");
        if (hit.Tags is [var tag, ..]) queries.Add($"tag:{tag} {words[0]}");
        foreach (var text in queries)
            if (Query.QueryParser.Parse(text).Query is { } query)
                await SearchAsync(new SearchRequest(query, FacetLimit: 5), Principal.Unrestricted, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The facet index for the generation a query reads, or null to answer through SQL.</summary>
    private async Task<FacetIndex?> FacetIndexForAsync(long generation)
    {
        var index = await PickFacetIndexAsync(generation).ConfigureAwait(false);
        if (index is not null) Interlocked.Increment(ref _indexedAnswers);
        return index;
    }

    private async Task<FacetIndex?> PickFacetIndexAsync(long generation) => FacetIndexUse switch
    {
        FacetIndexUse.Never => null,
        FacetIndexUse.Always => FacetCache.For(generation) is { } current
            ? current
            : await FacetCache.RefreshAsync().ConfigureAwait(false) is { } fresh && fresh.Generation == generation ? fresh : null,
        _ => FacetCache.For(generation),
    };

    /// <summary>
    /// The data generation a read transaction sees: the newest version's row id. Every stored change to a cable adds a
    /// version, so two reads with the same generation see the same cables, tags and captions.
    /// </summary>
    private static long Generation(SqliteConnection connection, SqliteTransaction transaction) =>
        Scalar(connection, transaction, "SELECT coalesce(max(id), 0) FROM versions");

    private static long Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        return (long)command.ExecuteScalar()!;
    }

    private async Task<FacetIndex> LoadFacetIndexAsync(CancellationToken cancellationToken)
    {
        await using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        var connection = lease.Connection;
        using var transaction = connection.BeginTransaction(deferred: true);
        var builder = new FacetIndexBuilder(Generation(connection, transaction));
        using (var command = Command(connection, transaction, "SELECT id, ref_id, created, origin, classification, restricted, decl_date FROM cables"))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                builder.AddCable(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetInt32(4));
                builder.AddRelease(reader.GetInt64(0), reader.GetInt32(5), reader.IsDBNull(6) ? null : reader.GetString(6));
            }
        using (var command = Command(connection, transaction, "SELECT id, cable_id, mask, full_mask, is_full FROM views"))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                builder.AddView(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt64(4) != 0);
        ReadViewTokens(connection, transaction, builder, cancellationToken);
        using (var command = Command(connection, transaction, "SELECT cable_id, tag FROM tags"))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) builder.AddTag(reader.GetInt64(0), reader.GetString(1));
        using (var command = Command(connection, transaction, "SELECT cable_id, caption FROM captions"))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) builder.AddCaption(reader.GetInt64(0), reader.GetString(1));
        using (var command = Command(connection, transaction, "SELECT cable_id, address FROM addressees"))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                builder.AddAddressee(reader.GetInt64(0), reader.GetString(1));
            }
        transaction.Commit();
        return builder.Build();
    }

    /// <summary>Each view's size in tokens, from FTS5's own record of it (see <see cref="Fts5.Fts5DocSize"/>).</summary>
    private static void ReadViewTokens(SqliteConnection connection, SqliteTransaction transaction, FacetIndexBuilder builder,
        CancellationToken cancellationToken)
    {
        using var command = Command(connection, transaction, "SELECT id, sz FROM view_text_docsize");
        using var reader = command.ExecuteReader();
        var record = new byte[64];
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var length = reader.GetBytes(1, 0, null, 0, 0);
            if (length > record.Length) record = new byte[length];
            var read = (int)reader.GetBytes(1, 0, record, 0, (int)length);
            builder.AddViewTokens(reader.GetInt64(0), Fts5.Fts5DocSize.Total(record.AsSpan(0, read)));
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
