using Chancery.Archive;

namespace Chancery.Cli.Tests.Archive;

public class ArchiveOpeningTests
{
    [Fact]
    public void AFileThatIsNotADatabaseIsOneLineAndExit2()
    {
        using var dir = new TempDir();
        var db = dir.Write("notes.db", "These are my notes, not a database.\n" + new string('x', 5000));
        foreach (var args in new[] { new[] { "search", "x" }, ["show", "07OSLO55"], ["refs", "07OSLO55"], ["stats"], ["export", "--jsonl"], ["ingest", db] })
        {
            var run = CliRunner.Run([.. args, "--db", db]);
            Assert.Equal(2, run.Exit);
            var line = Assert.Single(run.ErrorLines);
            Assert.StartsWith("chancery: ", line);
            Assert.DoesNotContain(" at ", line.Replace("at position", ""));
        }
        Assert.StartsWith("These are my notes", File.ReadAllText(db));
    }

    [Fact]
    public void ReadingAMissingArchiveDoesNotCreateOne()
    {
        using var dir = new TempDir();
        var db = Path.Combine(dir.Path, "typo.db");
        var run = CliRunner.Run("search", "x", "--db", db);
        Assert.Equal(2, run.Exit);
        Assert.Equal($"chancery: no archive at '{db}' (create one with 'chancery ingest PATH --db {db}')", Assert.Single(run.ErrorLines));
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void DbAndPostgresTogetherIsAUsageError()
    {
        var run = CliRunner.Run("search", "x", "--db", "a.db", "--postgres", "Host=localhost");
        Assert.Equal(2, run.Exit);
        Assert.Contains("choose one of --db and --postgres", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void HelpPrintsTheDefaultDatabasePath()
    {
        var run = CliRunner.Run("--help");
        Assert.Equal(0, run.Exit);
        Assert.Contains(ArchiveLocation.DefaultSqlitePath, run.Out);
        foreach (var command in new[] { "ingest", "search", "show", "refs", "stats", "export" })
            Assert.Contains(command, run.Out);
    }
}
