using Chancery.Archive;
using Chancery.Archive.Ingest;

namespace Chancery.Web.Demo;

/// <summary>
/// Fills an empty archive with a synthetic demo corpus (the generator behind <c>chancery synth</c>), so that the first
/// <c>chancery serve</c> on a fresh machine shows a working archive.
/// </summary>
/// <remarks>
/// The generator (Chancery.Archive.Synth, branch helper/query) has not landed on this branch yet: until it does,
/// <see cref="SeedAsync"/> answers null and <c>chancery serve</c> says the archive is empty. The implementation over
/// <c>SyntheticCorpus</c> is a drop-in replacement of this method's body (see the web branch's report).
/// </remarks>
public static class DemoArchive
{
    /// <summary>The default number of demo cables.</summary>
    public const int DefaultSize = 3000;

    /// <summary>The generator's seed: every demo archive is the same.</summary>
    public const long Seed = 20100228;

    /// <summary>
    /// Generates <paramref name="count"/> cables and ingests them; returns what the ingest did, or null when this
    /// build has no generator.
    /// </summary>
    public static Task<IngestSummary?> SeedAsync(IArchiveStore store, int count, IProgress<IngestProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        _ = (store, count, progress, cancellationToken);
        return Task.FromResult<IngestSummary?>(null);
    }
}
