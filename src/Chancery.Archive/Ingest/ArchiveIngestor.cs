namespace Chancery.Archive.Ingest;

/// <summary>
/// Reads records (parsing in parallel), gives each its canonical reference id, and stores them in batches of one
/// transaction each. A bad record is rejected and counted, never fatal; cancellation stops after the current batch
/// commits, so the archive stays consistent and a rerun completes the work.
/// </summary>
public sealed class ArchiveIngestor(IArchiveStore store, IngestOptions? options = null)
{
    private readonly IngestOptions _options = options ?? new IngestOptions();

    /// <summary>Ingests <paramref name="records"/> into the store.</summary>
    public Task<IngestSummary> RunAsync(IAsyncEnumerable<IngestRecord> records, IProgress<IngestProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        _ = store;
        _ = _options;
        throw new NotImplementedException("ArchiveIngestor lands with the SQLite store.");
    }
}
