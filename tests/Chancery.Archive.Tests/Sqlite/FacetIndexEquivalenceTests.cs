using System.Text.Json;
using Chancery.Archive.Query;
using Chancery.Archive.Storage.Sqlite;
using Chancery.Archive.Synth;
using Chancery.Archive.Tests.Contract;

namespace Chancery.Archive.Tests.Sqlite;

/// <summary>
/// On a synthetic archive large enough for ties, many facet values and several pages, the facet index gives exactly
/// the answers of the SQL path: totals, order, pages, snippets, every facet, statistics, for readers of every level.
/// </summary>
public sealed class FacetIndexEquivalenceTests(FacetIndexEquivalenceTests.Archive archive) : IClassFixture<FacetIndexEquivalenceTests.Archive>
{
    private static readonly string[] Queries =
    [
        "", "minister", "embassy OR ministry", "\"foreign minister\"", "elect*", "tag:PREL", "tag:PREL minister",
        "origin:ANKARA", "class:SECRET", "caption:NOFORN", "from:2006-01 to:2006-06-30", "minister NOT tag:PREL",
        "subject:(election)", "(tag:ECON OR tag:ETRD) -origin:MOSCOW", "security AND council", "zzzznotaword",
        "-origin:MOSCOW", "-class:SECRET", "-from:2007-01", "NOT (origin:ANKARA OR class:CONFIDENTIAL)", "-to:RUEHC",
        "ref:07ANKARA1 OR id:99NOWHERE2", "origin:ANKARA minister", "\"foreign minister\" -class:SECRET",
        "elect* to:RUEHC", "minister -to:RUEHC caption:NOFORN", "subject:(election) from:2006-01",
        "(embassy OR ministry) (tag:PREL OR -origin:MOSCOW)", "to:RUEHC caption:SIPDIS", "to:RUEHZZZ OR -to:RUEHC",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> QueryTexts() => [.. Queries];

    [Theory]
    [MemberData(nameof(QueryTexts))]
    public async Task SearchesGiveTheSameAnswers(string text)
    {
        var query = QueryParser.Parse(text).Query;
        foreach (var principal in new[] { Principal.Unrestricted, Principals.Unclassified, Principals.SecretNoForn })
            foreach (var sort in Enum.GetValues<SearchSort>())
                foreach (var page in new[] { 1, 3 })
                {
                    var request = new SearchRequest(query, Limit: 7, Page: page, Sort: sort, FacetLimit: 5);
                    var expected = await archive.Plain.SearchAsync(request, principal, Ct);
                    var answered = archive.Indexed.IndexedAnswers;
                    var actual = await archive.Indexed.SearchAsync(request, principal, Ct);
                    Assert.Equal(Json(expected), Json(actual));
                    Assert.True(archive.Indexed.IndexedAnswers > answered, "the facet index did not answer");
                }
        Assert.Equal(0, archive.Plain.IndexedAnswers);
    }

    [Fact]
    public async Task ConcurrentSearchesGiveTheSameAnswers()
    {
        // Every query for three kinds of reader at once, nothing cached: scans run side by side on several
        // connections, each with its own collector, some split in halves and some not.
        var requests = Queries
            .SelectMany(text => new[] { Principal.Unrestricted, Principals.Unclassified, Principals.SecretNoForn }
                .Select(principal => (Request: new SearchRequest(QueryParser.Parse(text).Query, Limit: 7, FacetLimit: 5), Principal: principal)))
            .ToList();
        var expected = new List<string>();
        foreach (var (request, principal) in requests) expected.Add(Json(await archive.Plain.SearchAsync(request, principal, Ct)));
        var actual = await Task.WhenAll(requests.Select(r => Task.Run(async () =>
            Json(await archive.Uncached.SearchAsync(r.Request, r.Principal, Ct)), Ct)));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(QueryTexts))]
    public async Task StatisticsGiveTheSameAnswers(string text)
    {
        var query = QueryParser.Parse(text).Query;
        foreach (var by in Enum.GetValues<StatsDimension>())
        {
            var expected = await archive.Plain.GetStatsAsync(by, query, Principals.Confidential, Ct);
            var answered = archive.Indexed.IndexedAnswers;
            Assert.Equal(Json(expected), Json(await archive.Indexed.GetStatsAsync(by, query, Principals.Confidential, Ct)));
            Assert.True(archive.Indexed.IndexedAnswers > answered, "the facet index did not answer");
        }
    }

    [Fact]
    public async Task TheIndexFollowsNewVersionsAndCables()
    {
        var folder = Directory.CreateTempSubdirectory("chancery-facets-").FullName;
        try
        {
            var path = Path.Combine(folder, "archive.db");
            await using var plain = await SqliteArchiveStore.OpenAsync(path, null, Ct);
            plain.FacetIndexUse = FacetIndexUse.Never;
            await plain.SaveBatchAsync(Incoming(new SynthOptions { Count = 300, Seed = 5 }), Ct);
            await using var indexed = await SqliteArchiveStore.OpenAsync(path, null, Ct);
            indexed.FacetIndexUse = FacetIndexUse.Always;
            var request = new SearchRequest(QueryParser.Parse("minister").Query, Limit: 5, FacetLimit: 50);
            var before = await indexed.SearchAsync(request, Principal.Unrestricted, Ct);
            await plain.SaveBatchAsync(Incoming(new SynthOptions { Count = 40, Seed = 99 }), Ct);
            var after = await indexed.SearchAsync(request, Principal.Unrestricted, Ct);
            Assert.Equal(Json(await plain.SearchAsync(request, Principal.Unrestricted, Ct)), Json(after));
            Assert.NotEqual(Json(before.Facets), Json(after.Facets));
            Assert.Equal(2, indexed.IndexedAnswers);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<IncomingCable> Incoming(SynthOptions options)
    {
        var corpus = new SyntheticCorpus(options);
        return [.. corpus.All().Select(c => new IncomingCable(c.ReferenceId, null, corpus.Write(c), c.Cable, c.FileName))];
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    /// <summary>One synthetic archive opened twice: once answering through SQL only, once through the facet index only.</summary>
    public sealed class Archive : IAsyncLifetime
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("chancery-facets-").FullName;

        public SqliteArchiveStore Indexed { get; private set; } = null!;

        public SqliteArchiveStore Plain { get; private set; } = null!;

        /// <summary>Like <see cref="Indexed"/>, without the cache of recent searches: every search is worked out.</summary>
        public SqliteArchiveStore Uncached { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            var path = Path.Combine(_folder, "archive.db");
            Plain = await SqliteArchiveStore.OpenAsync(path, null, Ct);
            Plain.FacetIndexUse = FacetIndexUse.Never;
            foreach (var batch in Incoming(new SynthOptions { Count = 1_500, Seed = 11, VersionShare = 0.03 }).Chunk(500))
                await Plain.SaveBatchAsync(batch, Ct);
            // Cables without an origin, a classification or a date: SQL's unknowns, which NOT must not turn into matches.
            await Plain.SaveBatchAsync([.. Incoming(new SynthOptions { Count = 3, Seed = 12 }).Select((c, i) => c with
            {
                ReferenceId = $"99NOWHERE{i + 1}",
                Cable = c.Cable with { Origin = null, Classification = null, Created = null },
            })], Ct);
            Indexed = await SqliteArchiveStore.OpenAsync(path, null, Ct);
            Indexed.FacetIndexUse = FacetIndexUse.Always;
            // Every ranked search of words scores two halves of the views on two connections.
            Indexed.ParallelRankedViews = 1;
            Uncached = await SqliteArchiveStore.OpenAsync(path, null, Ct);
            Uncached.FacetIndexUse = FacetIndexUse.Always;
            Uncached.ParallelRankedViews = 1;
            Uncached.SearchCacheBytes = 0;
        }

        public async ValueTask DisposeAsync()
        {
            await Uncached.DisposeAsync();
            await Indexed.DisposeAsync();
            await Plain.DisposeAsync();
            try { Directory.Delete(_folder, recursive: true); }
            catch (IOException) { /* best effort */ }
        }
    }
}
