using Chancery.Archive.Ingest;
using Chancery.Archive.Query;
using Chancery.Archive.Storage.Postgres;
using Chancery.Archive.Storage.Sqlite;
using Chancery.Archive.Tests.Corpus;
using Chancery.Cables;
using Npgsql;

namespace Chancery.Archive.Tests.Postgres;

/// <summary>
/// The developer corpus (and its variant texts, as second versions) ingested into SQLite and into PostgreSQL gives the
/// same outcomes, counts and answers: totals, date-ordered pages, facets, stats, references both ways, versions.
/// Skips without the corpus or without a PostgreSQL server.
/// </summary>
public sealed class CorpusParityTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    private static readonly Principal Confidential = new("c", Classification.Confidential, false, []);
    private static readonly Principal SecretNoForn = new("s", Classification.Secret, true, []);

    /// <summary>Queries over real cables: words, prefixes, phrases, booleans, scopes and every filter.</summary>
    private static readonly QueryNode?[] Queries =
    [
        null,
        new TermNode("pipeline"),
        new TermNode("oil"),
        new TermNode("terror", Prefix: true),
        new TermNode("nucl", Prefix: true),
        new TermNode("iran", Scope: TextScope.Subject),
        new PhraseNode(["human", "rights"]),
        new PhraseNode(["prime", "minister"]),
        new PhraseNode(["end", "summary"]),
        new PhraseNode(["the", "ambassador", "said"]),
        new PhraseNode(["visit", "of"], TextScope.Subject),
        new AndNode([new TermNode("election"), new TermNode("fraud")]),
        new OrNode([new TermNode("hezbollah"), new TermNode("hamas")]),
        new AndNode([new TermNode("oil"), new NotNode(new TermNode("gas"))]),
        new NotNode(new TermNode("the")),
        new AndNode([new OrNode([new TermNode("china"), new TermNode("russia")]), new NotNode(new TermNode("embassy"))]),
        new FilterNode(FilterField.Tag, "PREL"),
        new FilterNode(FilterField.Tag, "PGOV"),
        new FilterNode(FilterField.Origin, "BAGHDAD"),
        new FilterNode(FilterField.Caption, "NOFORN"),
        new FilterNode(FilterField.Caption, "SIPDIS"),
        new FilterNode(FilterField.Addressee, "SECSTATE"),
        new FilterNode(FilterField.Addressee, "RUEHC"),
        new ClassificationNode(Classification.Secret),
        new ClassificationNode(Classification.Unclassified),
        new DateRangeNode(new DateTime(2006, 1, 1), new DateTime(2006, 7, 1)),
        new DateRangeNode(null, new DateTime(2000, 1, 1)),
        new DateRangeNode(new DateTime(2010, 1, 1), null),
        new AndNode([new FilterNode(FilterField.Tag, "PREL"), new TermNode("minister"), new DateRangeNode(new DateTime(2008, 1, 1), null)]),
        new OrNode([new FilterNode(FilterField.Tag, "KNNP"), new TermNode("uranium")]),
        new AndNode([new ClassificationNode(Classification.Confidential), new PhraseNode(["foreign", "minister"])]),
        new NotNode(new FilterNode(FilterField.Caption, "SIPDIS")),
    ];

    [Fact]
    public async Task SQLite_and_PostgreSQL_give_the_same_answers_over_the_developer_corpus()
    {
        var corpus = CorpusLocator.Find();
        if (corpus is null) Assert.Skip("The corpus was not found (set CHANCERY_CORPUS or put it at ../shared/corpus); skipped.");
        var connectionString = database.Require();
        var ct = TestContext.Current.CancellationToken;
        var incoming = ReadCorpus(corpus);
        var sqlitePath = Path.Combine(Path.GetTempPath(), $"chancery-parity-{Guid.NewGuid():N}.db");
        try
        {
            await using var sqlite = await SqliteArchiveStore.OpenAsync(sqlitePath, cancellationToken: ct);
            await using var postgres = await PostgresArchiveStore.OpenAsync(connectionString, cancellationToken: ct);
            var fromSqlite = await new ArchiveIngestor(sqlite).RunAsync(Stream(incoming), null, ct);
            var fromPostgres = await new ArchiveIngestor(postgres).RunAsync(Stream(incoming), null, ct);
            Assert.Equal((fromSqlite.Added, fromSqlite.Updated, fromSqlite.Unchanged, fromSqlite.Rejected),
                (fromPostgres.Added, fromPostgres.Updated, fromPostgres.Unchanged, fromPostgres.Rejected));
            var counts = await sqlite.CountAsync(ct);
            Assert.Equal(counts, await postgres.CountAsync(ct));
            Assert.True(counts.Versions > counts.Cables, "the variant texts are second versions");

            foreach (var query in Queries)
                foreach (var principal in new[] { Principal.Unrestricted, Confidential, SecretNoForn })
                    await AssertSameSearch(sqlite, postgres, query, principal);

            foreach (var by in Enum.GetValues<StatsDimension>())
                Assert.Equal(await sqlite.GetStatsAsync(by, new TermNode("minister"), Confidential, ct),
                    await postgres.GetStatsAsync(by, new TermNode("minister"), Confidential, ct));

            var ids = incoming.Select(r => r.PublishedId!).Distinct().Where((_, i) => i % 40 == 0).ToList();
            foreach (var id in ids)
            {
                Assert.Equal(await sqlite.GetReferencesAsync(id, Principal.Unrestricted, ct), await postgres.GetReferencesAsync(id, Principal.Unrestricted, ct));
                Assert.Equal(await sqlite.GetReferencesAsync(id, Confidential, ct), await postgres.GetReferencesAsync(id, Confidential, ct));
                Assert.Equal(await sqlite.GetCableAsync(id, Confidential, ct), await postgres.GetCableAsync(id, Confidential, ct));
            }
            foreach (var variant in incoming.Where(r => r.Location.Contains("__v", StringComparison.Ordinal)))
            {
                var expected = await sqlite.GetVersionsAsync(variant.PublishedId!, Principal.Unrestricted, ct);
                var actual = await postgres.GetVersionsAsync(variant.PublishedId!, Principal.Unrestricted, ct);
                Assert.Equal(expected.Select(v => (v.Number, v.RawText, v.Cable, v.Source)), actual.Select(v => (v.Number, v.RawText, v.Cable, v.Source)));
            }

            var exported = new List<string>();
            await foreach (var cable in postgres.ExportAsync(new FilterNode(FilterField.Tag, "PREL"), Confidential, ct)) exported.Add(cable.ReferenceId);
            var expectedExport = new List<string>();
            await foreach (var cable in sqlite.ExportAsync(new FilterNode(FilterField.Tag, "PREL"), Confidential, ct)) expectedExport.Add(cable.ReferenceId);
            Assert.Equal(expectedExport, exported);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { sqlitePath, sqlitePath + "-wal", sqlitePath + "-shm" })
                File.Delete(file);
        }
    }

    private static async Task AssertSameSearch(IArchiveStore sqlite, IArchiveStore postgres, QueryNode? query, Principal principal)
    {
        var ct = TestContext.Current.CancellationToken;
        foreach (var sort in new[] { SearchSort.Date, SearchSort.DateDescending })
        {
            var request = new SearchRequest(query, Limit: 50, Page: 2, Sort: sort);
            var expected = await sqlite.SearchAsync(request, principal, ct);
            var actual = await postgres.SearchAsync(request, principal, ct);
            var what = $"{query} as {principal.Name}, {sort}";
            Assert.True(expected.Total == actual.Total, $"{what}: total {actual.Total}, SQLite says {expected.Total}");
            var differs = expected.Results.Zip(actual.Results).FirstOrDefault(p => p.First != p.Second);
            Assert.True(differs == default && expected.Results.Count == actual.Results.Count,
                $"{what}: the page differs: SQLite {differs.First}, PostgreSQL {differs.Second}");
            Assert.True(Same(expected.Facets, actual.Facets), $"{what}: the facets differ");
        }
        // Relevance is scored differently (bm25 against ts_rank): the same cables match, whatever their order.
        if (principal != Principal.Unrestricted) return;
        var all = new SearchRequest(query, Limit: 300, Sort: SearchSort.Relevance, FacetLimit: 1);
        var sqliteAll = await sqlite.SearchAsync(all, principal, ct);
        var postgresAll = await postgres.SearchAsync(all, principal, ct);
        if (sqliteAll.Total <= 300)
            Assert.Equal(sqliteAll.Results.Select(r => r.ReferenceId).Order(StringComparer.Ordinal),
                postgresAll.Results.Select(r => r.ReferenceId).Order(StringComparer.Ordinal));
    }

    private static bool Same(SearchFacets a, SearchFacets b) =>
        a.Tags.SequenceEqual(b.Tags) && a.Origins.SequenceEqual(b.Origins) && a.Classifications.SequenceEqual(b.Classifications)
        && a.Captions.SequenceEqual(b.Captions) && a.Years.SequenceEqual(b.Years) && a.Months.SequenceEqual(b.Months);

    /// <summary>Every cable file, then every variant text (a second version of its cable), named by its file.</summary>
    private static List<IngestRecord> ReadCorpus(string corpus) =>
        Directory.GetFiles(Path.Combine(corpus, "cables"), "*.txt").Order(StringComparer.Ordinal)
            .Concat(Directory.GetFiles(Path.Combine(corpus, "variants"), "*.txt").Order(StringComparer.Ordinal))
            .Select(file => new IngestRecord(File.ReadAllText(file), Path.GetRelativePath(corpus, file),
                Path.GetFileNameWithoutExtension(file).Split("__")[0]))
            .ToList();

    private static async IAsyncEnumerable<IngestRecord> Stream(IEnumerable<IngestRecord> records)
    {
        foreach (var record in records)
        {
            await Task.Yield();
            yield return record;
        }
    }
}
