using System.Text.Json;

namespace Chancery.Cli.Tests.Archive;

/// <summary><c>--user</c> on the read commands, the guard's refusals, and <c>audit</c>, <c>declassify</c>, <c>policy</c>.</summary>
public class UserViewTests
{
    private static TestArchive Seeded()
    {
        var archive = new TestArchive();
        archive.Seed(ArchiveFixtures.A, ArchiveFixtures.B, ArchiveFixtures.C);
        Assert.Equal(0, archive.RunWithInput("a long enough password\n", "users", "add", "unclas", "--clearance", "UNCLASSIFIED", "--password-stdin").Exit);
        Assert.Equal(0, archive.RunWithInput("a long enough password\n", "users", "add", "cleared", "--clearance", "SECRET", "--noforn", "--password-stdin").Exit);
        return archive;
    }

    private static long Total(CliRun run)
    {
        Assert.True(run.Exit == 0, run.Error);
        return JsonDocument.Parse(Assert.Single(run.OutLines)).RootElement.GetProperty("total").GetInt64();
    }

    private static JsonElement[] Audit(TestArchive archive, params string[] options)
    {
        var run = archive.Run(["audit", "--json", .. options]);
        Assert.True(run.Exit == 0, run.Error);
        return [.. run.OutLines.Select(l => JsonDocument.Parse(l).RootElement)];
    }

    [Fact]
    public void UserAppliesTheirClearanceToSearchShowAndRefs()
    {
        using var archive = Seeded();
        Assert.Equal(3, Total(archive.Run("search", "--json")));
        Assert.Equal(3, Total(archive.Run("search", "--json", "--user", "cleared")));
        var unclas = Total(archive.Run("search", "--json", "--user", "unclas"));
        Assert.True(unclas < 3);
        var show = archive.Run("show", "07REYKJAVIK102", "--user", "unclas");
        Assert.Equal(1, show.Exit);
        Assert.Equal(["chancery: no cable 07REYKJAVIK102 in the archive"], show.ErrorLines);
        Assert.Equal(0, archive.Run("show", "07REYKJAVIK102", "--user", "cleared").Exit);
        Assert.Equal(1, archive.Run("refs", "07REYKJAVIK102", "--user", "unclas").Exit);
        Assert.Equal(0, archive.Run("refs", "07REYKJAVIK102", "--user", "cleared").Exit);
    }

    [Theory]
    [InlineData("search")]
    [InlineData("show")]
    [InlineData("refs")]
    [InlineData("stats")]
    [InlineData("export")]
    public void AnUnknownUserIsOneLineAndExit2(string command)
    {
        using var archive = Seeded();
        string[] args = command switch
        {
            "show" or "refs" => [command, "07REYKJAVIK101", "--user", "nobody"],
            "export" => [command, "--jsonl", "--user", "nobody"],
            _ => [command, "--user", "nobody"],
        };
        var run = archive.Run(args);
        Assert.Equal(2, run.Exit);
        Assert.Equal("", run.Out);
        Assert.Equal(["chancery: no user 'nobody' in the archive (add one with 'chancery users add')"], run.ErrorLines);
    }

    [Fact]
    public void ADisabledUserReadsNothing()
    {
        using var archive = Seeded();
        archive.Run("users", "disable", "cleared");
        var run = archive.Run("search", "--user", "cleared");
        Assert.Equal(2, run.Exit);
        Assert.Equal(["chancery: user 'cleared' is disabled"], run.ErrorLines);
    }

    [Fact]
    public void TheReadLimitRefusesWithOneLineAndExit4AndIsAudited()
    {
        using var archive = Seeded();
        Assert.Equal(0, archive.Run("users", "set", "cleared", "--read-limit", "2").Exit);
        Assert.Equal(0, archive.Run("show", "07REYKJAVIK101", "--user", "cleared").Exit);
        Assert.Equal(0, archive.Run("show", "07REYKJAVIK102", "--user", "cleared", "--json").Exit);
        // Searches count no cables.
        Assert.Equal(3, Total(archive.Run("search", "--json", "--user", "cleared")));
        var refused = archive.Run("show", "07OSLO55", "--user", "cleared");
        Assert.Equal(4, refused.Exit);
        Assert.Equal("", refused.Out);
        Assert.Matches("^chancery: read limit reached: 2 cables per hour for 'cleared' \\(2 read in the last hour\\); reading resumes at [0-9]{2}:[0-9]{2} UTC$",
            Assert.Single(refused.ErrorLines));
        var export = archive.Run("export", "--jsonl", "--user", "cleared");
        Assert.Equal(4, export.Exit);
        Assert.Equal("", export.Out);

        var entries = Audit(archive, "--user", "cleared");
        Assert.Equal(["read", "read", "search", "denied", "alert", "denied"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal([1, 1, 3, 0, 0, 0], entries.Select(e => e.GetProperty("cables").GetInt32()));
        Assert.All(entries, e => Assert.Equal("cli", e.GetProperty("from").GetString()));
        Assert.Equal("07OSLO55", entries[3].GetProperty("target").GetString());
        Assert.Equal(2, Audit(archive, "--user", "cleared", "--action", "denied").Length);
    }

    [Fact]
    public void ReadsWithoutUserAreAuditedAsTheCliUser()
    {
        using var archive = Seeded();
        Assert.Equal(0, archive.Run("show", "07REYKJAVIK101").Exit);
        Assert.Equal(0, archive.Run("stats").Exit);
        Assert.Equal(0, archive.Run("export", "--csv").Exit);
        var reads = Audit(archive, "--action", "read", "--action", "stats", "--action", "export");
        Assert.Equal(["read", "stats", "export"], reads.Select(e => e.GetProperty("action").GetString()));
        Assert.All(reads, e => Assert.Equal("cli:" + Environment.UserName, e.GetProperty("user").GetString()));
        Assert.Equal(3, reads[2].GetProperty("cables").GetInt32());
    }

    [Fact]
    public void AuditFiltersBySinceAndListsInTimeOrderAsATable()
    {
        using var archive = Seeded();
        archive.Run("show", "07REYKJAVIK101", "--user", "unclas");
        Assert.NotEmpty(Audit(archive, "--since", "1h"));
        Assert.Empty(Audit(archive, "--since", "2999-01-01"));
        var ids = Audit(archive).Select(e => e.GetProperty("id").GetInt64()).ToArray();
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(2, Audit(archive, "--limit", "2").Length);
        var table = archive.Run("audit", "--user", "unclas");
        Assert.True(table.Exit == 0, table.Error);
        Assert.Contains("07REYKJAVIK101", table.Out);
    }

    [Theory]
    [InlineData(new[] { "audit", "--since", "yesterday-ish" }, "bad time 'yesterday-ish'")]
    [InlineData(new[] { "audit", "--action", "steal" }, "unknown action 'steal'")]
    [InlineData(new[] { "audit", "--limit", "0" }, "--limit")]
    public void BadAuditOptionsAreOneLineAndExit2(string[] args, string message)
    {
        using var archive = Seeded();
        var run = archive.Run(args);
        Assert.Equal(2, run.Exit);
        Assert.Contains(message, Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void AuditVerifySaysTheChainIsIntact()
    {
        using var archive = Seeded();
        archive.Run("show", "07REYKJAVIK101");
        var run = archive.Run("audit", "--verify");
        Assert.True(run.Exit == 0, run.Error);
        Assert.Matches("^audit log intact: [0-9]+ entries$", Assert.Single(run.OutLines));
    }

    [Fact]
    public void DeclassifyOpensACableToEveryReaderAndIsAudited()
    {
        using var archive = Seeded();
        Assert.Equal(1, archive.Run("show", "07REYKJAVIK102", "--user", "unclas").Exit);
        var declassify = archive.Run("declassify", "07REYKJAVIK102", "--reason", "released under FOIA request 2026-17");
        Assert.True(declassify.Exit == 0, declassify.Error);
        Assert.Equal(["declassified 07REYKJAVIK102"], declassify.OutLines);
        Assert.Equal(0, archive.Run("show", "07REYKJAVIK102", "--user", "unclas").Exit);
        Assert.Contains(Audit(archive, "--action", "declassify"), e => e.GetProperty("target").GetString() == "07REYKJAVIK102");

        var missing = archive.Run("declassify", "99NOWHERE1", "--reason", "test");
        Assert.Equal(1, missing.Exit);
        Assert.Single(missing.ErrorLines);
        Assert.Equal(2, archive.Run("declassify", "07REYKJAVIK102").Exit);
    }

    [Fact]
    public void PolicyShowsAndStoresTheReleaseRules()
    {
        using var archive = Seeded();
        Assert.Equal(["mode: whole-cable", "auto-declassify: off"], archive.Run("policy").OutLines);
        var set = archive.Run("policy", "--mode", "portion", "--auto-declassify", "on");
        Assert.True(set.Exit == 0, set.Error);
        Assert.Equal(["mode: portion", "auto-declassify: on"], archive.Run("policy").OutLines);
        var bad = archive.Run("policy", "--mode", "sideways");
        Assert.Equal(2, bad.Exit);
        Assert.Single(bad.ErrorLines);
    }
}
