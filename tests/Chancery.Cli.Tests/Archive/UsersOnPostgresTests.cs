using System.Text.Json;

namespace Chancery.Cli.Tests.Archive;

/// <summary>The user, audit and <c>--user</c> commands on PostgreSQL. Skips without <c>CHANCERY_TEST_POSTGRES</c>.</summary>
public class UsersOnPostgresTests
{
    [Fact]
    public void UsersTokensLimitsAndTheAuditLogWorkTheSameOnPostgres()
    {
        using var database = ScratchPostgresDatabase.Create("chancery_cli_users_");
        var postgres = database.ConnectionString;
        using var dir = new TempDir();
        var files = new[] { ArchiveFixtures.A, ArchiveFixtures.B, ArchiveFixtures.C }.Select((t, i) => dir.Write($"{i}.txt", t)).ToArray();
        Assert.Equal(0, CliRunner.Run(["ingest", .. files, "--postgres", postgres]).Exit);
        var add = CliRunner.RunWithInput("a long enough password\n", "users", "add", "ana", "--clearance", "UNCLASSIFIED", "--password-stdin", "--postgres", postgres);
        Assert.True(add.Exit == 0, add.Error);
        Assert.Matches("^chy_", CliRunner.Run("users", "token", "ana", "--postgres", postgres).Out);
        Assert.Equal(0, CliRunner.Run("users", "set", "ana", "--read-limit", "1", "--postgres", postgres).Exit);

        var all = JsonDocument.Parse(CliRunner.Run("search", "--json", "--postgres", postgres).OutLines.Single()).RootElement;
        var hers = JsonDocument.Parse(CliRunner.Run("search", "--json", "--user", "ana", "--postgres", postgres).OutLines.Single()).RootElement;
        Assert.True(hers.GetProperty("total").GetInt64() < all.GetProperty("total").GetInt64());
        Assert.Equal(0, CliRunner.Run("show", "07REYKJAVIK101", "--user", "ana", "--postgres", postgres).Exit);
        Assert.Equal(4, CliRunner.Run("show", "07REYKJAVIK101", "--user", "ana", "--postgres", postgres).Exit);
        Assert.Equal(2, CliRunner.Run("show", "07REYKJAVIK101", "--user", "nobody", "--postgres", postgres).Exit);

        var audit = CliRunner.Run("audit", "--user", "ana", "--json", "--postgres", postgres);
        Assert.Equal(["search", "read", "denied", "alert"],
            audit.OutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("action").GetString()));
        Assert.Equal(0, CliRunner.Run("audit", "--verify", "--postgres", postgres).Exit);
        Assert.Equal(["disabled ana (1 token revoked)"], CliRunner.Run("users", "disable", "ana", "--postgres", postgres).OutLines);
    }
}
