using Chancery.Archive.Query;
using Chancery.Archive.Storage.Postgres;
using Chancery.Cables;

namespace Chancery.Archive.Tests.Postgres;

/// <summary>Search, facets, policy, references and export on a small archive of cables written for the test.</summary>
public sealed class PostgresSearchTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    private static readonly Principal Confidential = new("c", Classification.Confidential, false, []);
    private static readonly Principal SecretNoForn = new("s", Classification.Secret, true, []);

    private static readonly IncomingCable[] Archive =
    [
        TestCables.Make("06ALPHA1", "Oil pipeline talks stall", "The minister discussed the oil pipeline with the ambassador. Pipelines matter.",
            "2006-01-10T08:00:00", tags: ["PREL", "ECON"]),
        TestCables.Make("06ALPHA2", "Election preparations", "Observers expect a fair election. The pipeline was not discussed.",
            "2006-02-15T09:30:00", Classification.Confidential, tags: ["PREL"], cites: ["06ALPHA1", "06MISSING9"]),
        TestCables.Make("06BRAVO3", "Secret oil deal", "An oil and gas deal was signed near the pipeline.",
            "2006-03-01T12:00:00", Classification.Secret, tags: ["PGOV"], captions: ["NOFORN"], cites: ["06ALPHA1"]),
        TestCables.Make("07BRAVO4", "Trade numbers", "Trade grew. Oil exports rose.", "2007-05-05T00:00:00", Classification.Secret,
            tags: ["ECON"], captions: ["EXDIS"]),
        TestCables.Make("05ALPHA5", "Exports of oil", "Pipeline capacity doubled.", "2005-11-30T23:00:00", tags: ["ECON", "ETRD"]),
    ];

    private async Task<PostgresArchiveStore> OpenAsync()
    {
        var store = await PostgresArchiveStore.OpenAsync(database.Require(), cancellationToken: TestContext.Current.CancellationToken);
        if ((await store.CountAsync(TestContext.Current.CancellationToken)).Cables == 0)
            await store.SaveBatchAsync(Archive, TestContext.Current.CancellationToken);
        return store;
    }

    private static async Task<string[]> Ids(IArchiveStore store, QueryNode? query, Principal? principal = null, SearchSort sort = SearchSort.Date)
    {
        var results = await store.SearchAsync(new SearchRequest(query, Limit: 100, Sort: sort), principal ?? Principal.Unrestricted,
            TestContext.Current.CancellationToken);
        Assert.Equal(results.Total, results.Results.Count);
        return [.. results.Results.Select(r => r.ReferenceId)];
    }

    [Fact]
    public async Task Words_prefixes_phrases_and_booleans_select_the_right_cables()
    {
        await using var store = await OpenAsync();
        Assert.Equal(["05ALPHA5", "06ALPHA1", "06ALPHA2", "06BRAVO3"], await Ids(store, new TermNode("pipeline")));
        Assert.Empty(await Ids(store, new TermNode("export")));
        Assert.Equal(["05ALPHA5", "07BRAVO4"], await Ids(store, new TermNode("export", Prefix: true)));
        // "oil" ends 05ALPHA5's subject and "pipeline" starts its body: a phrase never spans two fields.
        Assert.Equal(["06ALPHA1"], await Ids(store, new PhraseNode(["oil", "pipeline"])));
        Assert.Equal(["05ALPHA5", "06ALPHA1", "06BRAVO3"], await Ids(store, new AndNode([new TermNode("oil"), new TermNode("pipeline")])));
        Assert.Equal(["06ALPHA2", "07BRAVO4"], await Ids(store, new NotNode(new AndNode([new TermNode("oil"), new TermNode("pipeline")]))));
        Assert.Equal(["06ALPHA2", "07BRAVO4"], await Ids(store, new OrNode([new TermNode("election"), new TermNode("trade")])));
        Assert.Equal(["05ALPHA5", "06BRAVO3"], await Ids(store, new AndNode([new TermNode("oil", Scope: TextScope.Subject), new NotNode(new TermNode("pipeline", Scope: TextScope.Subject))])));
        Assert.Empty(await Ids(store, new TermNode("--")));
    }

    [Fact]
    public async Task Filters_select_by_field()
    {
        await using var store = await OpenAsync();
        Assert.Equal(["05ALPHA5", "06ALPHA1", "07BRAVO4"], await Ids(store, new FilterNode(FilterField.Tag, "ECON")));
        Assert.Equal(["06BRAVO3", "07BRAVO4"], await Ids(store, new FilterNode(FilterField.Origin, "BRAVO")));
        Assert.Equal(["06BRAVO3"], await Ids(store, new FilterNode(FilterField.Caption, "NOFORN")));
        Assert.Equal(["06ALPHA2", "06BRAVO3"], await Ids(store, new FilterNode(FilterField.Reference, "06ALPHA1")));
        Assert.Equal(5, (await Ids(store, new FilterNode(FilterField.Addressee, "SECSTATE"))).Length);
        Assert.Equal(["06BRAVO3", "07BRAVO4"], await Ids(store, new ClassificationNode(Classification.Secret)));
        Assert.Equal(["06ALPHA2", "06BRAVO3"], await Ids(store, new DateRangeNode(new DateTime(2006, 2, 1), new DateTime(2006, 4, 1))));
        Assert.Equal(["06ALPHA2"], await Ids(store, new FilterNode(FilterField.Id, "06ALPHA2")));
    }

    [Fact]
    public async Task Totals_pages_facets_and_sorts_count_every_visible_match()
    {
        await using var store = await OpenAsync();
        var ct = TestContext.Current.CancellationToken;
        var page2 = await store.SearchAsync(new SearchRequest(null, Limit: 2, Page: 2, Sort: SearchSort.DateDescending), Principal.Unrestricted, ct);
        Assert.Equal(5, page2.Total);
        Assert.Equal(["06ALPHA2", "06ALPHA1"], page2.Results.Select(r => r.ReferenceId));
        Assert.Equal([new CountRow("ECON", 3), new CountRow("PREL", 2), new CountRow("ETRD", 1), new CountRow("PGOV", 1)], page2.Facets.Tags);
        Assert.Equal([new CountRow("2005", 1), new CountRow("2006", 3), new CountRow("2007", 1)], page2.Facets.Years);
        Assert.Equal([new CountRow("UNCLASSIFIED", 2), new CountRow("SECRET", 2), new CountRow("CONFIDENTIAL", 1)], page2.Facets.Classifications);
        Assert.Equal(["2005-11", "2006-01", "2006-02", "2006-03", "2007-05"], page2.Facets.Months.Select(m => m.Value));

        var relevant = await store.SearchAsync(new SearchRequest(new TermNode("oil"), Sort: SearchSort.Relevance, FacetLimit: 1), Principal.Unrestricted, ct);
        Assert.Equal(4, relevant.Total);
        Assert.Single(relevant.Facets.Tags);
        var hit = relevant.Results.Single(r => r.ReferenceId == "07BRAVO4");
        Assert.Contains("Oil exports", hit.Snippet);
        Assert.Equal("Oil", hit.Snippet.Substring(hit.Highlights[0].Start, hit.Highlights[0].Length));
    }

    [Fact]
    public async Task The_principal_sees_only_what_its_clearance_and_caveats_allow()
    {
        await using var store = await OpenAsync();
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(["05ALPHA5", "06ALPHA1", "06ALPHA2"], await Ids(store, null, Confidential));
        Assert.Equal(["05ALPHA5", "06ALPHA1", "06ALPHA2", "06BRAVO3"], await Ids(store, null, SecretNoForn));
        Assert.Null(await store.GetCableAsync("06BRAVO3", Confidential, ct));
        Assert.Empty(await store.GetVersionsAsync("07BRAVO4", SecretNoForn, ct));
        var stats = await store.GetStatsAsync(StatsDimension.Origin, null, Confidential, ct);
        Assert.Equal([new CountRow("ALPHA", 3)], stats);
        // A cable the reader may not see is, for them, not in the archive.
        var links = await store.GetReferencesAsync("06ALPHA1", Confidential, ct);
        Assert.NotNull(links);
        Assert.Equal(["06ALPHA2"], links.CitedBy);
    }

    [Fact]
    public async Task References_resolve_both_ways_and_keep_the_dangling_ones()
    {
        await using var store = await OpenAsync();
        var ct = TestContext.Current.CancellationToken;
        var links = await store.GetReferencesAsync("06alpha2", Principal.Unrestricted, ct);
        Assert.NotNull(links);
        Assert.Equal(["06ALPHA1"], links.References);
        Assert.Equal(["06MISSING9"], links.Dangling);
        Assert.Empty(links.CitedBy);
        var cited = await store.GetReferencesAsync("06ALPHA1", Principal.Unrestricted, ct);
        Assert.Equal(["06ALPHA2", "06BRAVO3"], cited!.CitedBy);
        Assert.Null(await store.GetReferencesAsync("99NOWHERE1", Principal.Unrestricted, ct));
    }

    [Fact]
    public async Task Export_streams_the_matching_cables_in_id_order()
    {
        await using var store = await OpenAsync();
        var exported = new List<ArchivedCable>();
        await foreach (var cable in store.ExportAsync(new TermNode("oil"), Principal.Unrestricted, TestContext.Current.CancellationToken))
            exported.Add(cable);
        Assert.Equal(["05ALPHA5", "06ALPHA1", "06BRAVO3", "07BRAVO4"], exported.Select(c => c.ReferenceId));
        var first = Archive.Single(c => c.ReferenceId == "05ALPHA5");
        Assert.Equal(first.RawText, exported[0].RawText);
        Assert.Equal(first.Cable, exported[0].Cable);
    }
}
