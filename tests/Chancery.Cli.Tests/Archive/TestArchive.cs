using Chancery.Archive;
using Chancery.Archive.Ingest;
using Chancery.Archive.Storage;
using Chancery.Cables;
using Chancery.Cli.Archive;

namespace Chancery.Cli.Tests.Archive;

/// <summary>
/// An archive for one test, reached through <c>--db FILE</c> in a temporary folder: the real SQLite store when it is
/// on this branch, else a <see cref="FakeArchiveStore"/> put behind the commands for this test's async flow.
/// Create it inside the test method (the fake is attached to the caller's execution context).
/// </summary>
internal sealed class TestArchive : IDisposable
{
    private static readonly Lazy<bool> RealStoreLanded = new(ProbeRealStore);
    private static readonly Lazy<bool> IngestorLanded = new(ProbeIngestor);

    public TestArchive()
    {
        Db = System.IO.Path.Combine(Dir.Path, "archive.db");
        if (RealStoreLanded.Value) return;
        Fake = new FakeArchiveStore();
        var fake = Fake;
        ArchiveOpener.TestStore.Value = _ => fake;
    }

    public TempDir Dir { get; } = new();

    public string Db { get; }

    /// <summary>The fake behind the commands, or null when the real store is used.</summary>
    public FakeArchiveStore? Fake { get; }

    /// <summary>Runs <c>chancery ARGS --db FILE</c>.</summary>
    public CliRun Run(params string[] args) => CliRunner.Run([.. args, "--db", Db]);

    /// <summary>Runs <c>chancery ARGS --db FILE</c> with <paramref name="stdin"/> as standard input.</summary>
    public CliRun RunWithInput(string stdin, params string[] args) => CliRunner.RunWithInput(stdin, [.. args, "--db", Db]);

    /// <summary>Skips the test while <see cref="ArchiveIngestor"/> is still the stub on this branch.</summary>
    public static void RequireIngestor()
    {
        if (!IngestorLanded.Value) Assert.Skip("ArchiveIngestor has not landed on this branch yet (helper/sqlite): ingest cannot run");
    }

    /// <summary>Puts cables in the archive: through <c>chancery ingest</c> when it can run, else straight into the fake.</summary>
    public void Seed(params string[] texts)
    {
        if (IngestorLanded.Value)
        {
            var files = texts.Select((t, i) => Dir.Write($"seed/{Guid.NewGuid():N}-{i}.txt", t)).ToArray();
            var run = Run(["ingest", .. files]);
            Assert.True(run.Exit == 0, run.Error);
            return;
        }
        var reader = new CableReader();
        var batch = texts.Select((t, i) =>
        {
            var cable = reader.Read(t, $"seed{i}.txt");
            return new IncomingCable(cable.ReferenceId!, null, t, cable, $"seed{i}.txt");
        }).ToList();
        Fake!.SaveBatchAsync(batch).GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        ArchiveOpener.TestStore.Value = null;
        Dir.Dispose();
    }

    private static bool ProbeRealStore()
    {
        using var dir = new TempDir();
        try
        {
            var store = ArchiveStores.OpenAsync(new ArchiveLocation.Sqlite(System.IO.Path.Combine(dir.Path, "probe.db"))).GetAwaiter().GetResult();
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return true;
        }
        catch (ArchiveException)
        {
            return false;
        }
    }

    private static bool ProbeIngestor()
    {
        try
        {
            new ArchiveIngestor(new FakeArchiveStore()).RunAsync(AsyncEnumerable.Empty<IngestRecord>()).GetAwaiter().GetResult();
            return true;
        }
        catch (NotImplementedException)
        {
            return false;
        }
    }
}
