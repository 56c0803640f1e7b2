using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Chancery.Archive.Storage;
using Chancery.Cables;

namespace Chancery.Archive.Ingest;

/// <summary>
/// Reads records (parsing in parallel), gives each its canonical reference id, and stores them in batches of one
/// transaction each. A bad record is rejected and counted, never fatal; cancellation stops after the current batch
/// commits, so the archive stays consistent and a rerun completes the work.
/// </summary>
/// <remarks>
/// Pipeline: one task cuts the records into batches; reader threads parse whole batches (and, for a store that is an
/// <see cref="IDocumentBatchStore"/>, turn each cable into its <see cref="CableDocument"/> too, so the writer does
/// database work only and the parsed cables are dropped early); the one writer takes the parsed batches back in input
/// order (so versions of a cable are stored in the order seen) and saves each. At most <c>ReaderThreads + 2</c> batches
/// exist at once, so memory stays bounded whatever the corpus size.
/// </remarks>
public sealed class ArchiveIngestor(IArchiveStore store, IngestOptions? options = null)
{
    private readonly IngestOptions _options = options ?? new IngestOptions();

    /// <summary>Ingests <paramref name="records"/> into the store.</summary>
    /// <exception cref="ArchiveException">The store failed (disk full, ...): batches committed before stay stored.</exception>
    public async Task<IngestSummary> RunAsync(IAsyncEnumerable<IngestRecord> records, IProgress<IngestProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var batchSize = Math.Max(1, _options.BatchSize);
        var workers = _options.ReaderThreads > 0 ? _options.ReaderThreads : Environment.ProcessorCount;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Batches between the producer and the writer, whatever their state: one per parser plus two, so parsers can
        // run ahead of a slow batch a little but never without bound (the writer must take batches in order).
        using var inFlight = new SemaphoreSlim(workers + 2);
        var input = Channel.CreateBounded<RecordBatch>(new BoundedChannelOptions(1) { SingleWriter = true });
        var parsed = Channel.CreateUnbounded<ParsedBatch>(new UnboundedChannelOptions { SingleReader = true });

        var producer = Task.Run(() => ProduceAsync(records, batchSize, input.Writer, inFlight, stop.Token), CancellationToken.None);
        var parsers = Enumerable.Range(0, workers)
            .Select(_ => Task.Run(() => ParseAsync(input.Reader, parsed.Writer, store is IDocumentBatchStore, stop.Token), CancellationToken.None))
            .ToArray();
        var parsersDone = Task.WhenAll(parsers).ContinueWith(
            t => parsed.Writer.TryComplete(t.Exception?.InnerExceptions.FirstOrDefault(e => e is not OperationCanceledException)),
            TaskScheduler.Default);

        var tally = new Tally(_options.MaxRejectionsKept);
        Exception? failure = null;
        try
        {
            await WriteAsync(parsed.Reader, inFlight, tally, progress, started, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            failure = e;
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Quietly(producer).ConfigureAwait(false);
            await Quietly(Task.WhenAll(parsers)).ConfigureAwait(false);
            await parsersDone.ConfigureAwait(false);
        }
        if (failure is not null && failure is not OperationCanceledException) ExceptionDispatchInfo.Throw(failure);
        if (failure is null && producer.Exception?.InnerException is { } readFailure && readFailure is not OperationCanceledException)
            ExceptionDispatchInfo.Throw(readFailure);
        return tally.Summary(Stopwatch.GetElapsedTime(started), cancellationToken.IsCancellationRequested);
    }

    private async Task WriteAsync(ChannelReader<ParsedBatch> parsed, SemaphoreSlim inFlight, Tally tally, IProgress<IngestProgress>? progress, long started,
        CancellationToken cancellationToken)
    {
        var waiting = new Dictionary<long, ParsedBatch>();
        var next = 0L;
        await foreach (var batch in parsed.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            waiting.Add(batch.Sequence, batch);
            while (waiting.Remove(next, out var ready))
            {
                // Stop between batches, never inside one: what is committed stays whole.
                cancellationToken.ThrowIfCancellationRequested();
                var outcomes = await SaveAsync(ready).ConfigureAwait(false);
                tally.Add(ready, outcomes);
                inFlight.Release();
                progress?.Report(tally.Progress(Stopwatch.GetElapsedTime(started)));
                next++;
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
    }

    private async Task<IReadOnlyList<SaveOutcome>> SaveAsync(ParsedBatch batch)
    {
        if (batch.Documents.Count > 0)
            return await ((IDocumentBatchStore)store).SaveDocumentsAsync(batch.Documents, CancellationToken.None).ConfigureAwait(false);
        return batch.Cables.Count == 0 ? [] : await store.SaveBatchAsync(batch.Cables, CancellationToken.None).ConfigureAwait(false);
    }

    private static async Task ProduceAsync(IAsyncEnumerable<IngestRecord> records, int batchSize, ChannelWriter<RecordBatch> input,
        SemaphoreSlim inFlight, CancellationToken cancellationToken)
    {
        Exception? error = null;
        try
        {
            var sequence = 0L;
            var current = new List<IngestRecord>(batchSize);
            await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                current.Add(record);
                if (current.Count < batchSize) continue;
                await inFlight.WaitAsync(cancellationToken).ConfigureAwait(false);
                await input.WriteAsync(new RecordBatch(sequence++, current), cancellationToken).ConfigureAwait(false);
                current = new List<IngestRecord>(batchSize);
            }
            if (current.Count > 0)
            {
                await inFlight.WaitAsync(cancellationToken).ConfigureAwait(false);
                await input.WriteAsync(new RecordBatch(sequence, current), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e)
        {
            error = e;
            throw;
        }
        finally
        {
            input.TryComplete(error is OperationCanceledException ? null : error);
        }
    }

    private static async Task ParseAsync(ChannelReader<RecordBatch> input, ChannelWriter<ParsedBatch> output, bool documents,
        CancellationToken cancellationToken)
    {
        var reader = new CableReader();
        await foreach (var batch in input.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            var cables = new List<IncomingCable>(documents ? 0 : batch.Records.Count);
            var docs = new List<CableDocument>(documents ? batch.Records.Count : 0);
            var rejections = new List<IngestRejection>();
            foreach (var record in batch.Records)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (IngestRecordReader.Read(reader, record) is not { } cable)
                    rejections.Add(new IngestRejection(record.Location, IngestRecordReader.WhyRejected(reader, record)));
                else if (documents) docs.Add(CableDocument.From(cable));
                else cables.Add(cable);
            }
            await output.WriteAsync(new ParsedBatch(batch.Sequence, batch.Records.Count, cables, docs, rejections), cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task Quietly(Task task)
    {
        try { await task.ConfigureAwait(false); }
        catch (Exception) { /* reported through the writer or the producer's own exception */ }
    }

    private sealed record RecordBatch(long Sequence, List<IngestRecord> Records);

    /// <summary>A parsed batch: <paramref name="Documents"/> for an <see cref="IDocumentBatchStore"/>, else <paramref name="Cables"/>.</summary>
    private sealed record ParsedBatch(long Sequence, int Records, List<IncomingCable> Cables, List<CableDocument> Documents,
        List<IngestRejection> Rejections);

    private sealed class Tally(int maxRejections)
    {
        private readonly List<IngestRejection> _rejections = [];
        private long _processed, _added, _updated, _unchanged, _rejected;

        public void Add(ParsedBatch batch, IReadOnlyList<SaveOutcome> outcomes)
        {
            _processed += batch.Records;
            _rejected += batch.Rejections.Count;
            foreach (var rejection in batch.Rejections)
                if (_rejections.Count < maxRejections) _rejections.Add(rejection);
            foreach (var outcome in outcomes)
            {
                switch (outcome)
                {
                    case SaveOutcome.Added: _added++; break;
                    case SaveOutcome.Updated: _updated++; break;
                    default: _unchanged++; break;
                }
            }
        }

        public IngestProgress Progress(TimeSpan elapsed) => new(_processed, _added, _updated, _unchanged, _rejected, elapsed);

        public IngestSummary Summary(TimeSpan elapsed, bool cancelled) =>
            new(_added, _updated, _unchanged, _rejected, elapsed, [.. _rejections], cancelled);
    }
}
