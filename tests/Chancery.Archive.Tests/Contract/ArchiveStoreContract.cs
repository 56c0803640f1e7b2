using Chancery.Archive.Ingest;
using Chancery.Archive.Query;
using Chancery.Archive.Security;
using Chancery.Archive.Storage;
using Chancery.Archive.Tests.Fixtures;
using Chancery.Cables;
using static Chancery.Archive.Tests.Contract.Q;

namespace Chancery.Archive.Tests.Contract;

/// <summary>
/// The store suite every backend must pass with the same answers. A backend's test class derives from this and
/// supplies a fresh empty store; each test gets its own store with the fixture corpus ingested through
/// <see cref="ArchiveIngestor"/> in small batches (so updates and references cross batch boundaries).
/// </summary>
public abstract partial class ArchiveStoreContract : IAsyncLifetime
{
    private readonly List<IArchiveStore> _opened = [];

    /// <summary>A new, empty store of the backend under test, on <paramref name="time"/>'s clock. The suite disposes it.</summary>
    protected abstract Task<IArchiveStore> CreateEmptyStoreAsync(TimeProvider time);

    /// <summary>The store with the fixture corpus ingested.</summary>
    protected IArchiveStore Store { get; private set; } = null!;

    /// <summary>What ingesting the fixture corpus reported.</summary>
    protected IngestSummary Ingested { get; private set; } = null!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Store = await NewStoreAsync();
        Ingested = await IngestAsync(Store, FixtureCorpus.Records);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _opened) await store.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Another fresh store, disposed with the test. Automatic declassification is off: the fixtures' DECL dates
    /// (ten years after 2006-2009) have passed, and these tests are about classified cables; the release tests turn it on.
    /// </summary>
    protected async Task<IArchiveStore> NewStoreAsync(TimeProvider? time = null)
    {
        var store = await CreateEmptyStoreAsync(time ?? TimeProvider.System);
        _opened.Add(store);
        await store.SetPolicyAsync(AccessPolicy.Default with { AutoDeclassify = false }, Ct);
        return store;
    }

    protected static Task<IngestSummary> IngestAsync(IArchiveStore store, IEnumerable<IngestRecord> records, int batchSize = 4) =>
        new ArchiveIngestor(store, new IngestOptions(BatchSize: batchSize, ReaderThreads: 2)).RunAsync(Stream(records), null, Ct);

    protected static async IAsyncEnumerable<T> Stream<T>(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    /// <summary>The ids of every match, as a set.</summary>
    protected async Task<SortedSet<string>> IdsAsync(QueryNode? query, Principal? principal = null)
    {
        var results = await Store.SearchAsync(new SearchRequest(query, Limit: 1000), principal ?? Principal.Unrestricted, Ct);
        Assert.Equal(results.Total, results.Results.Count);
        return [.. results.Results.Select(r => r.ReferenceId)];
    }

    protected static SortedSet<string> Set(params string[] ids) => [.. ids];

    protected static IEnumerable<(string, long)> Rows(IEnumerable<CountRow> rows) => rows.Select(r => (r.Value, r.Count));

    // ---- ingest and counts ----

    [Fact]
    public void Ingest_counts_added_updated_unchanged_and_rejected()
    {
        Assert.Equal(FixtureCorpus.AddedCount, Ingested.Added);
        Assert.Equal(FixtureCorpus.UpdatedCount, Ingested.Updated);
        Assert.Equal(FixtureCorpus.UnchangedCount, Ingested.Unchanged);
        Assert.Equal(FixtureCorpus.RejectedCount, Ingested.Rejected);
        Assert.False(Ingested.Cancelled);
        Assert.Contains(Ingested.Rejections, r => r.Location == "fixtures/note.txt" && r.Reason.Contains("no reference id", StringComparison.Ordinal));
        Assert.Contains(Ingested.Rejections, r => r.Location == "fixtures/cables.csv:99" && r.Reason.Contains("truncated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Count_gives_cables_and_versions()
    {
        var counts = await Store.CountAsync(Ct);
        Assert.Equal(new ArchiveCounts(15, 16), counts);
    }

    [Fact]
    public async Task Reingesting_the_same_texts_changes_nothing()
    {
        var again = await IngestAsync(Store, FixtureCorpus.Records);
        Assert.Equal((0L, 0L, 17L, 2L), (again.Added, again.Updated, again.Unchanged, again.Rejected));
        Assert.Equal(new ArchiveCounts(15, 16), await Store.CountAsync(Ct));
    }

    [Fact]
    public async Task Same_id_twice_in_one_batch_with_different_texts_is_added_then_updated()
    {
        var store = await NewStoreAsync();
        var reader = new CableReader();
        IncomingCable In(FixtureCable f, string source) => new(f.ReferenceId, null, f.Text, reader.Read(f.Text), source);
        var outcomes = await store.SaveBatchAsync(
            [In(FixtureCorpus.GrainTalks, "a"), In(FixtureCorpus.GrainTalksRevised, "b"), In(FixtureCorpus.GrainTalks, "c")], Ct);
        Assert.Equal([SaveOutcome.Added, SaveOutcome.Updated, SaveOutcome.Unchanged], outcomes);
        Assert.Equal(new ArchiveCounts(1, 2), await store.CountAsync(Ct));
    }

    [Fact]
    public async Task Saving_prepared_documents_stores_what_saving_the_cables_stores()
    {
        // The ingest hands an IDocumentBatchStore documents made on its parse threads; every other caller saves cables.
        var reader = new CableReader();
        var cables = FixtureCorpus.Records.Select(r => IngestRecordReader.Read(reader, r)).OfType<IncomingCable>().ToList();
        var byCables = await NewStoreAsync();
        var byDocuments = await NewStoreAsync();
        var cableOutcomes = await byCables.SaveBatchAsync(cables, Ct);
        var documentOutcomes = await Assert.IsAssignableFrom<IDocumentBatchStore>(byDocuments)
            .SaveDocumentsAsync([.. cables.Select(CableDocument.From)], Ct);

        Assert.Equal(cableOutcomes, documentOutcomes);
        Assert.Contains(SaveOutcome.Updated, documentOutcomes);
        Assert.Equal(await byCables.CountAsync(Ct), await byDocuments.CountAsync(Ct));
        Assert.Equal(await ExportedAsync(byCables), await ExportedAsync(byDocuments));
        foreach (var query in new[] { W("pipeline"), Tag("PREL"), Or(Caption("NOFORN"), Caption("NODIS")), Phrase("grain", "exports") })
        {
            var expected = await byCables.SearchAsync(new SearchRequest(query), Principal.Unrestricted, Ct);
            var actual = await byDocuments.SearchAsync(new SearchRequest(query), Principal.Unrestricted, Ct);
            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(expected.Results.Select(r => r.ReferenceId), actual.Results.Select(r => r.ReferenceId));
        }
    }

    private static async Task<List<string>> ExportedAsync(IArchiveStore store)
    {
        var exported = new List<string>();
        await foreach (var cable in store.ExportAsync(null, Principal.Unrestricted, Ct))
            exported.Add($"{cable.ReferenceId} v{cable.Version}/{cable.VersionCount} {CableJson.Serialize(cable.Cable)}");
        return exported;
    }

    [Fact]
    public async Task Cancelled_ingest_keeps_whole_batches_and_a_rerun_completes()
    {
        var store = await NewStoreAsync();
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Processed >= 4) cancel.Cancel();
        });
        var partial = await new ArchiveIngestor(store, new IngestOptions(BatchSize: 4, ReaderThreads: 2))
            .RunAsync(Stream(FixtureCorpus.Records), progress, cancel.Token);
        Assert.True(partial.Cancelled);
        var counts = await store.CountAsync(Ct);
        Assert.Equal(partial.Added, counts.Cables);
        Assert.True(counts.Cables is > 0 and < 15, $"{counts.Cables} cables after cancelling");
        var rest = await IngestAsync(store, FixtureCorpus.Records);
        Assert.False(rest.Cancelled);
        Assert.Equal(new ArchiveCounts(15, 16), await store.CountAsync(Ct));
    }

    /// <summary>Reports on the caller's thread, so a test can cancel exactly after the first batch.</summary>
    private sealed class SynchronousProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
