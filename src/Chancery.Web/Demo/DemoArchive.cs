using System.Runtime.CompilerServices;
using Chancery.Archive;
using Chancery.Archive.Ingest;
using Chancery.Archive.Synth;

namespace Chancery.Web.Demo;

/// <summary>
/// Fills an empty archive with a synthetic demo corpus (the generator behind <c>chancery synth</c>), so that the first
/// <c>chancery serve</c> on a fresh machine shows a working archive.
/// </summary>
public static class DemoArchive
{
    /// <summary>The default number of demo cables.</summary>
    public const int DefaultSize = 3000;

    /// <summary>The generator's seed: every demo archive is the same.</summary>
    public const long Seed = 20100228;

    /// <summary>Generates <paramref name="count"/> cables and ingests them; returns what the ingest did.</summary>
    public static async Task<IngestSummary> SeedAsync(IArchiveStore store, int count, IProgress<IngestProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var corpus = new SyntheticCorpus(new SynthOptions { Count = count, Seed = Seed });
        return await new ArchiveIngestor(store).RunAsync(Records(corpus, cancellationToken), progress, cancellationToken);
    }

    private static async IAsyncEnumerable<IngestRecord> Records(SyntheticCorpus corpus, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var cable in corpus.All())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new IngestRecord(corpus.Write(cable), "demo:" + cable.FileName, cable.ReferenceId);
        }
        await Task.CompletedTask;
    }
}
