using Chancery.Archive.Ingest;

namespace Chancery.Cli.Ingest;

/// <summary>
/// How far an ingest run has got, shared between the sources (records read and where they end in the inputs, on
/// the reading thread), the ingestor (progress after each batch) and the display (any thread). Reading runs ahead
/// of storing by the ingestor's queues, so the share done is taken at the input offset of the last <em>stored</em>
/// record: every <see cref="SampleEvery"/>th record's offset is kept (a few kilobytes per million records).
/// </summary>
internal sealed class IngestMeter(long totalBytes, bool sizeKnown) : IProgress<IngestProgress>
{
    /// <summary>One offset is kept per this many records.</summary>
    public const int SampleEvery = 100;

    private readonly List<long> _offsets = [0];
    private readonly Lock _lock = new();
    private long _recordsRead;
    private IngestProgress? _latest;

    /// <summary>The inputs' total size.</summary>
    public long TotalBytes { get; } = totalBytes;

    /// <summary>False when standard input is among the inputs: no percentage, no ETA.</summary>
    public bool SizeKnown { get; } = sizeKnown && totalBytes > 0;

    /// <summary>The ingestor's latest report, or null before the first batch.</summary>
    public IngestProgress? Latest => Volatile.Read(ref _latest);

    /// <summary>Called by the sources as each record is handed over, with the input offset where it ends.</summary>
    public void RecordRead(long offset)
    {
        var count = Interlocked.Increment(ref _recordsRead);
        if (count % SampleEvery != 0) return;
        lock (_lock) _offsets.Add(offset);
    }

    /// <summary>Bytes of the inputs whose records are stored (or rejected) so far.</summary>
    public long BytesDone
    {
        get
        {
            var processed = Latest?.Processed ?? 0;
            lock (_lock)
                return Math.Min(TotalBytes, _offsets[(int)Math.Min(processed / SampleEvery, _offsets.Count - 1)]);
        }
    }

    /// <summary>Share of the inputs done, 0 to 1.</summary>
    public double Fraction => SizeKnown ? Math.Clamp((double)BytesDone / TotalBytes, 0, 1) : 0;

    /// <inheritdoc />
    public void Report(IngestProgress value) => Volatile.Write(ref _latest, value);

    /// <summary>Records handled per second so far.</summary>
    public static double Rate(IngestProgress progress) =>
        progress.Elapsed.TotalSeconds > 0 ? progress.Processed / progress.Elapsed.TotalSeconds : 0;

    /// <summary>Time left, estimated from the share done; null when unknown.</summary>
    public TimeSpan? Remaining(TimeSpan elapsed)
    {
        var fraction = Fraction;
        if (!SizeKnown || fraction <= 0.001) return null;
        return TimeSpan.FromSeconds(elapsed.TotalSeconds * (1 - fraction) / fraction);
    }
}
