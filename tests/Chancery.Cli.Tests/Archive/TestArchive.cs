namespace Chancery.Cli.Tests.Archive;

/// <summary>An embedded archive for one test: a SQLite file in a temporary folder, given to every command as <c>--db FILE</c>.</summary>
internal sealed class TestArchive : IDisposable
{
    public TestArchive() => Db = System.IO.Path.Combine(Dir.Path, "archive.db");

    public TempDir Dir { get; } = new();

    public string Db { get; }

    /// <summary>Runs <c>chancery ARGS --db FILE</c>.</summary>
    public CliRun Run(params string[] args) => CliRunner.Run([.. args, "--db", Db]);

    /// <summary>Runs <c>chancery ARGS --db FILE</c> with <paramref name="stdin"/> as standard input.</summary>
    public CliRun RunWithInput(string stdin, params string[] args) => CliRunner.RunWithInput(stdin, [.. args, "--db", Db]);

    /// <summary>Puts cables in the archive through <c>chancery ingest</c>.</summary>
    public void Seed(params string[] texts)
    {
        var files = texts.Select((t, i) => Dir.Write($"seed/{Guid.NewGuid():N}-{i}.txt", t)).ToArray();
        var run = Run(["ingest", .. files]);
        Assert.True(run.Exit == 0, run.Error);
    }

    public void Dispose() => Dir.Dispose();
}
