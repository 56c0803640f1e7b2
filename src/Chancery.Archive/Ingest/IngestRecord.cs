namespace Chancery.Archive.Ingest;

/// <summary>One record read from a source, before parsing.</summary>
/// <param name="Text">The cable text as found (plain text or HTML; <see cref="ArchiveIngestor"/> reads it).</param>
/// <param name="Location">Where it is, for messages and version history: <c>cables.csv:1234</c>, <c>dir/06ASTANA38.txt</c>.</param>
/// <param name="PublishedId">The reference id the source gives (CSV column, file name), or null.</param>
/// <param name="Error">Set when the source itself could not give a record here (e.g. a truncated CSV record); the record is rejected.</param>
public sealed record IngestRecord(string Text, string Location, string? PublishedId = null, string? Error = null);

/// <summary>A record that was not stored, and why.</summary>
/// <param name="Location">Where the record is.</param>
/// <param name="Reason">One line.</param>
public sealed record IngestRejection(string Location, string Reason);

/// <summary>Progress of an ingest run, reported after each batch.</summary>
/// <param name="Processed">Records read so far.</param>
/// <param name="Added">Cables added so far.</param>
/// <param name="Updated">New versions so far.</param>
/// <param name="Unchanged">Records already stored so far.</param>
/// <param name="Rejected">Records rejected so far.</param>
/// <param name="Elapsed">Time since the start.</param>
public sealed record IngestProgress(long Processed, long Added, long Updated, long Unchanged, long Rejected, TimeSpan Elapsed);

/// <summary>The end of an ingest run.</summary>
/// <param name="Added">Cables added.</param>
/// <param name="Updated">New versions of known cables.</param>
/// <param name="Unchanged">Records already stored.</param>
/// <param name="Rejected">Records that could not be stored.</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="Rejections">The first rejections (at most <see cref="IngestOptions.MaxRejectionsKept"/>), for the report.</param>
/// <param name="Cancelled">True when the run was interrupted; what was committed stays, a rerun completes the work.</param>
public sealed record IngestSummary(long Added, long Updated, long Unchanged, long Rejected, TimeSpan Elapsed,
    IReadOnlyList<IngestRejection> Rejections, bool Cancelled);

/// <summary>Tuning of an ingest run.</summary>
/// <param name="BatchSize">Cables per transaction.</param>
/// <param name="MaxRejectionsKept">How many rejections the summary lists.</param>
/// <param name="ReaderThreads">Threads that parse while the store writes (0 = processor count).</param>
public sealed record IngestOptions(int BatchSize = 500, int MaxRejectionsKept = 100, int ReaderThreads = 0);
