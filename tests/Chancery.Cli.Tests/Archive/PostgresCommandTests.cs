using System.Text.Json;

namespace Chancery.Cli.Tests.Archive;

public class PostgresCommandTests
{
    private const string Unreachable = "Host=127.0.0.1;Port=1;Timeout=2;Username=analyst;Password=hunter2";

    [Fact]
    public void AnUnreachableServerIsOneLineWithoutThePassword()
    {
        var run = CliRunner.Run("search", "pipeline", "--postgres", Unreachable);
        Assert.Equal(2, run.Exit);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("chancery: ", line);
        Assert.DoesNotContain("hunter2", line);
    }

    [Fact]
    public void TheEnvironmentVariableSelectsPostgresButDbWins()
    {
        var before = Environment.GetEnvironmentVariable("CHANCERY_POSTGRES");
        Environment.SetEnvironmentVariable("CHANCERY_POSTGRES", Unreachable);
        try
        {
            var viaEnvironment = CliRunner.Run("stats");
            Assert.Equal(2, viaEnvironment.Exit);
            Assert.Contains("PostgreSQL", Assert.Single(viaEnvironment.ErrorLines));

            using var archive = new TestArchive();
            archive.Seed(ArchiveFixtures.A);
            Assert.Equal(0, archive.Run("stats").Exit);
        }
        finally
        {
            Environment.SetEnvironmentVariable("CHANCERY_POSTGRES", before);
        }
    }

    [Fact]
    public void IngestSearchRefsAndDiffWorkTheSameOnPostgres()
    {
        using var database = ScratchPostgresDatabase.Create("chancery_cli_");
        var postgres = database.ConnectionString;
        using var dir = new TempDir();
        var files = new[] { ArchiveFixtures.A, ArchiveFixtures.B, ArchiveFixtures.C }.Select((t, i) => dir.Write($"v1/{i}.txt", t)).ToArray();
        Assert.Equal(0, CliRunner.Run(["ingest", .. files, "--postgres", postgres]).Exit);
        var changed = CliRunner.Run("ingest", dir.Write("v2/a.txt", ArchiveFixtures.AChanged), "--postgres", postgres, "--json");
        Assert.Equal("{\"added\":0,\"updated\":1,\"unchanged\":0,\"rejected\":0,", changed.OutLines[^1][..changed.OutLines[^1].IndexOf("\"seconds\"")]);

        var search = JsonDocument.Parse(CliRunner.Run("search", "pipeline", "--postgres", postgres, "--json").OutLines.Single()).RootElement;
        Assert.Equal(3, search.GetProperty("total").GetInt64());
        var refs = JsonDocument.Parse(CliRunner.Run("refs", "07REYKJAVIK102", "--postgres", postgres, "--json").OutLines.Single()).RootElement;
        Assert.Equal("07OSLO55", refs.GetProperty("citedBy")[0].GetString());
        var diff = CliRunner.Run("show", "07REYKJAVIK101", "--diff", "--postgres", postgres);
        Assert.Contains("\n+PIPELINE FEES] THIS WEEK AND WILL VOTE ON MONDAY.", diff.Out);
    }
}
