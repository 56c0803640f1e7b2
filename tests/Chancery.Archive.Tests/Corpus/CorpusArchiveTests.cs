using Chancery.Archive.Ingest;
using Chancery.Archive.Query;
using Chancery.Archive.Text;
using Chancery.Cables;
using static Chancery.Archive.Tests.Contract.Q;

namespace Chancery.Archive.Tests.Corpus;

/// <summary>
/// The 4,006 real cables in an archive: counts, and answers checked against what the reader itself says the cables
/// hold (tags, origins, levels, words, references). Skips without the corpus.
/// </summary>
public sealed class CorpusArchiveTests(CorpusArchive corpus) : IClassFixture<CorpusArchive>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private CorpusArchive Corpus
    {
        get
        {
            if (corpus.Root is null) Assert.Skip("The corpus was not found (set CHANCERY_CORPUS or put it at ../shared/corpus); skipped.");
            return corpus;
        }
    }

    private async Task<long> TotalAsync(QueryNode query) =>
        (await Corpus.Store.SearchAsync(new SearchRequest(query, Limit: 1), Principal.Unrestricted, Ct)).Total;

    [Fact]
    public async Task Every_file_is_stored_once_per_distinct_text()
    {
        var c = Corpus;
        Assert.Equal(0, c.Summary.Rejected);
        Assert.Equal(c.Parsed.Count, c.Summary.Added + c.Summary.Updated + c.Summary.Unchanged);
        Assert.Equal(c.Latest.Count, c.Summary.Added);
        Assert.Equal(new ArchiveCounts(c.Summary.Added, c.Summary.Added + c.Summary.Updated), await c.Store.CountAsync(Ct));
    }

    [Fact]
    public async Task Every_file_name_finds_its_cable()
    {
        var missing = new List<string>();
        foreach (var (published, _) in Corpus.Parsed)
            if (await Corpus.Store.GetCableAsync(published, Principal.Unrestricted, Ct) is null) missing.Add(published);
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("PREL")]
    [InlineData("PHUM")]
    [InlineData("KZ")]
    public async Task Tag_counts_match_the_reader(string tag) =>
        Assert.Equal(Corpus.Latest.Values.Count(c => c.Tags.Contains(tag)), await TotalAsync(Tag(tag)));

    [Theory]
    [InlineData("CAIRO")]
    [InlineData("SANJOSE")]
    public async Task Origin_counts_match_the_reader(string origin) =>
        Assert.Equal(Corpus.Latest.Values.Count(c => c.Origin == origin), await TotalAsync(Origin(origin)));

    [Fact]
    public async Task Classification_and_year_counts_match_the_reader()
    {
        Assert.Equal(Corpus.Latest.Values.Count(c => c.Classification == Classification.Secret), await TotalAsync(Class(Classification.Secret)));
        Assert.Equal(Corpus.Latest.Values.Count(c => c.Created?.Year == 2008), await TotalAsync(Dates("2008-01-01", "2009-01-01")));
    }

    [Theory]
    [InlineData("pipeline")]
    [InlineData("trafficking")]
    [InlineData("ambassador")]
    public async Task Word_matches_agree_with_the_tokens(string word)
    {
        var expected = Corpus.Latest.Where(p => Tokens(p.Value).Contains(word)).Select(p => p.Key).Order(StringComparer.Ordinal);
        var found = new List<string>();
        await foreach (var cable in Corpus.Store.ExportAsync(W(word), Principal.Unrestricted, Ct)) found.Add(cable.ReferenceId);
        Assert.Equal(expected, found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Phrase_counts_match_the_tokens()
    {
        var expected = Corpus.Latest.Values.Count(c => ContainsRun(Tokens(c).ToList(), "human", "rights"));
        Assert.True(expected > 10);
        Assert.Equal(expected, await TotalAsync(Phrase("human", "rights")));
    }

    [Fact]
    public async Task Cited_by_matches_the_reader_references()
    {
        var mostCited = Corpus.Latest.Values.SelectMany(c => c.References.Select(r => r.ReferenceId).OfType<string>().Distinct()
                .Where(id => id != c.ReferenceId).Select(id => (Cited: id, By: c.ReferenceId)))
            .Where(p => Corpus.Latest.ContainsKey(p.Cited))
            .GroupBy(p => p.Cited).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        var links = await Corpus.Store.GetReferencesAsync(mostCited.Key, Principal.Unrestricted, Ct);
        Assert.Equal(mostCited.Select(p => p.By).Order(StringComparer.Ordinal), links!.CitedBy.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Facets_over_everything_add_up()
    {
        var results = await Corpus.Store.SearchAsync(new SearchRequest(null, FacetLimit: 1000), Principal.Unrestricted, Ct);
        Assert.Equal(Corpus.Latest.Count, results.Total);
        Assert.Equal(Corpus.Latest.Values.Count(c => c.Created is not null), results.Facets.Years.Sum(r => r.Count));
        Assert.Equal(Corpus.Latest.Values.Count(c => c.Origin is not null), results.Facets.Origins.Sum(r => r.Count));
    }

    [Fact]
    public async Task Variants_become_versions_and_a_rerun_changes_nothing()
    {
        // A store of its own: the shared one must keep the corpus texts the other tests compare with.
        var root = Corpus.Root!;
        var variants = Directory.GetFiles(Path.Combine(root, "variants"), "*.txt").Order(StringComparer.Ordinal).ToArray();
        var originals = variants.Select(v => Path.GetFileNameWithoutExtension(v)).Select(n => n[..n.IndexOf("__", StringComparison.Ordinal)])
            .Distinct().Select(id => Path.Combine(root, "cables", id + ".txt")).Where(File.Exists).ToArray();
        var folder = Directory.CreateTempSubdirectory("chancery-variants-").FullName;
        try
        {
            await using var store = await Storage.ArchiveStores.OpenAsync(new ArchiveLocation.Sqlite(Path.Combine(folder, "v.db")), Ct);
            await CheckVariantsAsync(store, originals, variants);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task CheckVariantsAsync(IArchiveStore store, string[] originals, string[] variants)
    {
        var first = await new ArchiveIngestor(store).RunAsync(CorpusArchive.Records(originals), null, Ct);
        var again = await new ArchiveIngestor(store).RunAsync(CorpusArchive.Records(originals), null, Ct);
        Assert.Equal(originals.Length, again.Unchanged);
        var summary = await new ArchiveIngestor(store).RunAsync(CorpusArchive.Records(variants), null, Ct);
        Assert.Equal(variants.Length, summary.Added + summary.Updated + summary.Unchanged + summary.Rejected);
        Assert.True(summary.Updated > 0);
        Assert.Equal(new ArchiveCounts(first.Added + summary.Added, first.Added + first.Updated + summary.Added + summary.Updated), await store.CountAsync(Ct));
        var name = Path.GetFileNameWithoutExtension(variants[0]);
        var versions = await store.GetVersionsAsync(name[..name.IndexOf("__", StringComparison.Ordinal)], Principal.Unrestricted, Ct);
        Assert.True(versions.Count >= 2);
    }

    private static IEnumerable<string> Tokens(Cable c) =>
        SearchTokenizer.Tokens(c.Subject ?? "").Concat(SearchTokenizer.Tokens(c.Body));

    private static bool ContainsRun(List<string> tokens, string first, string second)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
            if (tokens[i] == first && tokens[i + 1] == second) return true;
        return false;
    }
}
