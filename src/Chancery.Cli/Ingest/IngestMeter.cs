using Chancery.Archive.Ingest;

namespace Chancery.Cli.Ingest;

/// <summary>
/// How far an ingest run has got, shared between the sources (bytes read, on the reading thread), the ingestor
/// (progress after each batch) and the display (any thread).
/// </summary>
internal sealed class IngestMeter(long totalBytes, bool sizeKnown) : IProgress<IngestProgress>
{
    private long _bytesRead;
    private IngestProgress? _latest;

    /// <summary>The inputs' total size.</summary>
    public long TotalBytes { get; } = totalBytes;

    /// <summary>False when standard input is among the inputs: no percentage, no ETA.</summary>
    public bool SizeKnown { get; } = sizeKnown && totalBytes > 0;

    /// <summary>Bytes of the inputs read so far.</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>The ingestor's latest report, or null before the first batch.</summary>
    public IngestProgress? Latest => Volatile.Read(ref _latest);

    /// <summary>Share of the inputs read, 0 to 1.</summary>
    public double Fraction => SizeKnown ? Math.Clamp((double)BytesRead / TotalBytes, 0, 1) : 0;

    /// <summary>Sets the bytes read so far (monotonic).</summary>
    public void SetBytesRead(long bytes)
    {
        long current;
        do
        {
            current = Interlocked.Read(ref _bytesRead);
            if (bytes <= current) return;
        }
        while (Interlocked.CompareExchange(ref _bytesRead, bytes, current) != current);
    }

    /// <inheritdoc />
    public void Report(IngestProgress value) => Volatile.Write(ref _latest, value);

    /// <summary>Records handled per second so far.</summary>
    public static double Rate(IngestProgress progress) =>
        progress.Elapsed.TotalSeconds > 0 ? progress.Processed / progress.Elapsed.TotalSeconds : 0;

    /// <summary>Time left, estimated from the share of bytes read; null when unknown.</summary>
    public TimeSpan? Remaining(TimeSpan elapsed)
    {
        var fraction = Fraction;
        if (!SizeKnown || fraction <= 0.001) return null;
        return TimeSpan.FromSeconds(elapsed.TotalSeconds * (1 - fraction) / fraction);
    }
}
