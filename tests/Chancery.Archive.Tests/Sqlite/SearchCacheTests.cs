using System.Text.Json;
using Chancery.Archive.Ingest;
using Chancery.Archive.Query;
using Chancery.Archive.Security;
using Chancery.Archive.Storage.Sqlite;
using Chancery.Archive.Synth;
using Chancery.Archive.Tests.Contract;
using Chancery.Archive.Tests.Fixtures;

namespace Chancery.Archive.Tests.Sqlite;

/// <summary>
/// The store's cache of recent searches answers a repeated search, and never answers one whose data, declassifications,
/// release policy or reader differ, even when another store (another process) made the change.
/// </summary>
public sealed class SearchCacheTests : IAsyncDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly string _folder = Directory.CreateTempSubdirectory("chancery-search-cache-").FullName;
    private readonly List<SqliteArchiveStore> _stores = [];

    private string Path => System.IO.Path.Combine(_folder, "archive.db");

    private async Task<SqliteArchiveStore> OpenAsync()
    {
        var store = await SqliteArchiveStore.OpenAsync(Path, null, Ct);
        store.FacetIndexUse = FacetIndexUse.Always;
        _stores.Add(store);
        return store;
    }

    private async Task<(SqliteArchiveStore Reader, SqliteArchiveStore Other)> ArchiveAsync()
    {
        var other = await OpenAsync();
        await other.SetPolicyAsync(AccessPolicy.Default with { AutoDeclassify = false }, Ct);
        await new ArchiveIngestor(other, new IngestOptions(BatchSize: 4, ReaderThreads: 2)).RunAsync(Stream(FixtureCorpus.Records), null, Ct);
        return (await OpenAsync(), other);
    }

    private static SearchRequest Request(string text, SearchSort sort = SearchSort.Relevance, int page = 1) =>
        new(QueryParser.Parse(text).Query, Limit: 2, Page: page, Sort: sort);

    [Fact]
    public async Task A_repeated_search_and_its_other_pages_and_orders_come_from_the_cache()
    {
        var (store, _) = await ArchiveAsync();
        var first = await store.SearchAsync(Request("talks"), Principal.Unrestricted, Ct);
        Assert.True(first.Total >= 3, "the fixtures should give this search several pages");
        Assert.Equal(0, store.CachedSearches);

        Assert.Equal(Json(first), Json(await store.SearchAsync(Request("talks"), Principal.Unrestricted, Ct)));
        var second = await store.SearchAsync(Request("talks", page: 2), Principal.Unrestricted, Ct);
        var byDate = await store.SearchAsync(Request("talks", SearchSort.Date), Principal.Unrestricted, Ct);
        Assert.Equal(3, store.CachedSearches);

        store.SearchCacheBytes = 0;
        var uncached = await SqliteArchiveStore.OpenAsync(Path, null, Ct);
        _stores.Add(uncached);
        uncached.FacetIndexUse = FacetIndexUse.Never;
        Assert.Equal(Json(second), Json(await uncached.SearchAsync(Request("talks", page: 2), Principal.Unrestricted, Ct)));
        Assert.Equal(Json(byDate), Json(await uncached.SearchAsync(Request("talks", SearchSort.Date), Principal.Unrestricted, Ct)));
    }

    [Fact]
    public async Task A_cable_stored_by_another_store_is_found_by_the_same_search()
    {
        var (store, other) = await ArchiveAsync();
        var before = await store.SearchAsync(Request("wheat"), Principal.Unrestricted, Ct);
        var extra = FixtureCorpus.KabulAid with { Serial = 777, Paragraphs = [("U", "Wheat deliveries reached the northern provinces.")] };
        await new ArchiveIngestor(other, new IngestOptions()).RunAsync(Stream([new IngestRecord(extra.Text, "extra.txt", extra.ReferenceId)]), null, Ct);

        var after = await store.SearchAsync(Request("wheat"), Principal.Unrestricted, Ct);
        Assert.Equal(before.Total + 1, after.Total);
        Assert.Contains(after.Results, hit => hit.ReferenceId == extra.ReferenceId);
    }

    [Fact]
    public async Task A_declassification_by_another_store_shows_the_cable_to_the_next_same_search()
    {
        var (store, other) = await ArchiveAsync();
        var secret = FixtureCorpus.KabulSecurity;
        var query = $"id:{secret.ReferenceId}";
        Assert.Equal(0, (await store.SearchAsync(Request(query), Principals.Unclassified, Ct)).Total);

        Assert.True(await other.DeclassifyAsync(secret.ReferenceId, "reviewed", "archivist1", Ct));
        Assert.Equal(1, (await store.SearchAsync(Request(query), Principals.Unclassified, Ct)).Total);
    }

    [Fact]
    public async Task A_release_policy_change_or_another_reader_is_never_answered_from_the_cache()
    {
        var (store, other) = await ArchiveAsync();
        var everyone = await store.SearchAsync(Request("*"), Principal.Unrestricted, Ct);
        var unclassified = await store.SearchAsync(Request("*"), Principals.Unclassified, Ct);
        Assert.True(unclassified.Total < everyone.Total);
        Assert.Equal(0, store.CachedSearches);

        await other.SetPolicyAsync(new AccessPolicy(ReleaseMode.PortionRelease, AutoDeclassify: false), Ct);
        var portions = await store.SearchAsync(Request("*"), Principals.Unclassified, Ct);
        Assert.True(portions.Total > unclassified.Total, "portion release shows the unclassified parts of classified cables");
        Assert.Equal(0, store.CachedSearches);
    }

    [Fact]
    public async Task Statistics_reuse_the_hits_of_a_ranked_search()
    {
        var (store, _) = await ArchiveAsync();
        var query = QueryParser.Parse("talks").Query;
        await store.SearchAsync(new SearchRequest(query), Principal.Unrestricted, Ct);
        var rows = await store.GetStatsAsync(StatsDimension.Origin, query, Principal.Unrestricted, Ct);
        Assert.Equal(1, store.CachedSearches);
        Assert.Equal((await store.SearchAsync(new SearchRequest(query), Principal.Unrestricted, Ct)).Total, rows.Sum(r => r.Count));
    }

    [Fact]
    public async Task Warming_up_builds_the_facet_index_of_a_large_archive_and_searches_with_it_so_the_first_search_uses_it()
    {
        var (small, _) = await ArchiveAsync();
        Assert.False(await small.WarmUpAsync(Ct)); // 15 cables: SQL answers them fast enough

        var large = await SqliteArchiveStore.OpenAsync(System.IO.Path.Combine(_folder, "large.db"), null, Ct);
        _stores.Add(large);
        var corpus = new SyntheticCorpus(new SynthOptions { Count = 2_000, Seed = 3 });
        await large.SaveBatchAsync([.. corpus.All().Select(c => new IncomingCable(c.ReferenceId, null, corpus.Write(c), c.Cable, c.FileName))], Ct);
        Assert.True(await large.WarmUpAsync(Ct));
        // Warming up also ran a few searches of its own (the newest cable, then words of its subject) with the index.
        var warmUps = large.IndexedAnswers;
        Assert.True(warmUps >= 3, $"the warm-up ran {warmUps} searches");
        await large.SearchAsync(Request("minister"), Principal.Unrestricted, Ct);
        Assert.Equal(warmUps + 1, large.IndexedAnswers);
    }

    private static async IAsyncEnumerable<T> Stream<T>(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores) await store.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* best effort */ }
    }
}
