using System.Text.Json;

namespace Chancery.Cli.Tests.Archive;

/// <summary><c>chancery users ...</c>: adding, listing, changing and disabling users, and their tokens.</summary>
public class UsersCommandTests
{
    private const string Password = "a long enough password\n";

    private static CliRun Add(TestArchive archive, string name, params string[] options) =>
        archive.RunWithInput(Password, ["users", "add", name, .. options, "--password-stdin"]);

    private static JsonElement User(TestArchive archive, string name)
    {
        var run = archive.Run("users", "list", "--json");
        Assert.True(run.Exit == 0, run.Error);
        return JsonDocument.Parse(Assert.Single(run.OutLines)).RootElement.GetProperty("users").EnumerateArray()
            .Single(u => u.GetProperty("name").GetString() == name);
    }

    [Fact]
    public void AddStoresClearanceCaveatsAccessesAndRole()
    {
        using var archive = new TestArchive();
        var run = Add(archive, "alice", "--clearance", "TOP SECRET", "--noforn", "--access", "nodis", "--access", "EXDIS", "--role", "archivist");
        Assert.True(run.Exit == 0, run.Error);
        Assert.Equal(["added alice: TOP SECRET, NOFORN, access EXDIS NODIS; archivist; 300/hour, 2000/day"], run.OutLines);
        var alice = User(archive, "alice");
        Assert.Equal("TOP SECRET", alice.GetProperty("clearance").GetString());
        Assert.True(alice.GetProperty("noforn").GetBoolean());
        Assert.Equal(["EXDIS", "NODIS"], alice.GetProperty("accesses").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("archivist", alice.GetProperty("role").GetString());
        Assert.False(alice.GetProperty("disabled").GetBoolean());
    }

    [Fact]
    public void AddAcceptsEveryLevelOfTheContract()
    {
        using var archive = new TestArchive();
        string[] levels = ["UNCLASSIFIED", "LIMITED OFFICIAL USE", "CONFIDENTIAL", "SECRET", "TOP SECRET"];
        foreach (var (level, i) in levels.Select((l, i) => (l, i)))
            Assert.Equal(0, Add(archive, "u" + i, "--clearance", level).Exit);
        Assert.Equal(levels, Enumerable.Range(0, 5).Select(i => User(archive, "u" + i).GetProperty("clearance").GetString()));
        Assert.Equal("reader", User(archive, "u0").GetProperty("role").GetString());
    }

    [Theory]
    [InlineData("bad level", new[] { "--clearance", "SUPER SECRET" }, "unknown clearance 'SUPER SECRET'")]
    [InlineData("bad name", new[] { "--clearance", "SECRET" }, "bad user name")]
    [InlineData("alice", new[] { "--clearance", "SECRET", "--role", "king" }, "unknown role 'king'")]
    [InlineData("alice", new[] { "--clearance", "SECRET", "--access", "NO;DIS" }, "bad access 'NO;DIS'")]
    public void BadInputToAddIsOneLineAndExit2(string name, string[] options, string message)
    {
        using var archive = new TestArchive();
        var run = Add(archive, name, options);
        Assert.Equal(2, run.Exit);
        Assert.StartsWith("chancery: " + message, Assert.Single(run.ErrorLines));
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("short\n")]
    public void AnEmptyOrShortPasswordIsRefused(string stdin)
    {
        using var archive = new TestArchive();
        var run = archive.RunWithInput(stdin, "users", "add", "alice", "--clearance", "SECRET", "--password-stdin");
        Assert.Equal(2, run.Exit);
        Assert.Equal(["chancery: the password must have at least 8 characters"], run.ErrorLines);
    }

    [Fact]
    public void AddWithoutPasswordStdinOrTwiceIsRefused()
    {
        using var archive = new TestArchive();
        var run = archive.Run("users", "add", "alice", "--clearance", "SECRET");
        Assert.Equal(2, run.Exit);
        Assert.Contains("--password-stdin", Assert.Single(run.ErrorLines));
        Assert.Equal(0, Add(archive, "alice", "--clearance", "SECRET").Exit);
        var twice = Add(archive, "ALICE", "--clearance", "SECRET");
        Assert.Equal(2, twice.Exit);
        Assert.Equal(["chancery: there is already a user 'ALICE'"], twice.ErrorLines);
    }

    [Fact]
    public void TokenPrintsOnlyTheToken()
    {
        using var archive = new TestArchive();
        Add(archive, "alice", "--clearance", "SECRET");
        var run = archive.Run("users", "token", "alice");
        Assert.True(run.Exit == 0, run.Error);
        Assert.Matches("^chy_[A-Za-z0-9_-]{43}\n$", run.Out);
        Assert.Equal("", run.Error);
        Assert.Equal(0, archive.Run("users", "token", "alice", "--expires", "30d").Exit);
        Assert.Equal(2, archive.Run("users", "token", "alice", "--expires", "soon").Exit);
    }

    [Fact]
    public void TokenForAnUnknownOrDisabledUserIsRefused()
    {
        using var archive = new TestArchive();
        Add(archive, "alice", "--clearance", "SECRET");
        var unknown = archive.Run("users", "token", "bob");
        Assert.Equal(2, unknown.Exit);
        Assert.Equal(["chancery: no user 'bob'"], unknown.ErrorLines);
        Assert.Equal(0, archive.Run("users", "token", "alice").Exit);
        var disable = archive.Run("users", "disable", "alice");
        Assert.Equal(["disabled alice (1 token revoked)"], disable.OutLines);
        var disabled = archive.Run("users", "token", "alice");
        Assert.Equal(2, disabled.Exit);
        Assert.Equal("", disabled.Out);
        Assert.Contains("disabled", Assert.Single(disabled.ErrorLines));
        Assert.True(User(archive, "alice").GetProperty("disabled").GetBoolean());
    }

    [Fact]
    public void SetChangesClearanceLimitsAndStatus()
    {
        using var archive = new TestArchive();
        Add(archive, "alice", "--clearance", "SECRET", "--access", "NODIS");
        var run = archive.Run("users", "set", "alice", "--clearance", "CONFIDENTIAL", "--read-limit", "0", "--read-limit-day", "50", "--no-noforn");
        Assert.True(run.Exit == 0, run.Error);
        Assert.Equal(["alice: CONFIDENTIAL, access NODIS; reader; unlimited/hour, 50/day"], run.OutLines);
        Assert.Equal(0, archive.Run("users", "set", "alice", "--disable").Exit);
        Assert.True(User(archive, "alice").GetProperty("disabled").GetBoolean());
        Assert.Equal(0, archive.Run("users", "set", "alice", "--enable", "--no-access", "--role", "admin", "--noforn").Exit);
        var alice = User(archive, "alice");
        Assert.False(alice.GetProperty("disabled").GetBoolean());
        Assert.Empty(alice.GetProperty("accesses").EnumerateArray());
        Assert.Equal("admin", alice.GetProperty("role").GetString());
        Assert.Equal(0, alice.GetProperty("readLimitPerHour").GetInt32());
    }

    [Theory]
    [InlineData(new[] { "users", "set", "bob", "--read-limit", "5" }, "no user 'bob'")]
    [InlineData(new[] { "users", "set", "alice", "--clearance", "MOST SECRET" }, "unknown clearance 'MOST SECRET'")]
    [InlineData(new[] { "users", "set", "alice", "--read-limit", "-1" }, "a read limit is a number of cables")]
    [InlineData(new[] { "users", "set", "alice" }, "nothing to change")]
    [InlineData(new[] { "users", "set", "alice", "--disable", "--enable" }, "choose one of --disable, --enable")]
    [InlineData(new[] { "users", "disable", "bob" }, "no user 'bob'")]
    [InlineData(new[] { "users", "revoke", "bob" }, "no user 'bob'")]
    [InlineData(new[] { "users", "revoke", "alice", "--token", "nope" }, "user 'alice' has no token nope")]
    public void BadInputToSetDisableAndRevokeIsOneLineAndExit2(string[] args, string message)
    {
        using var archive = new TestArchive();
        Add(archive, "alice", "--clearance", "SECRET");
        var run = archive.Run(args);
        Assert.Equal(2, run.Exit);
        Assert.StartsWith("chancery: " + message, Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void RevokeRevokesOneOrEveryToken()
    {
        using var archive = new TestArchive();
        Add(archive, "alice", "--clearance", "SECRET");
        archive.Run("users", "token", "alice");
        archive.Run("users", "token", "alice");
        Assert.Equal(["revoked 2 tokens of alice"], archive.Run("users", "revoke", "alice").OutLines);
        Assert.Equal(["revoked 0 tokens of alice"], archive.Run("users", "revoke", "alice").OutLines);
    }

    [Fact]
    public void ListShowsATable()
    {
        using var archive = new TestArchive();
        archive.Seed(ArchiveFixtures.A);
        Assert.Contains("no users", archive.Run("users", "list").Out);
        Assert.Equal(0, Add(archive, "zed", "--clearance", "U").Exit);
        Assert.Equal(0, Add(archive, "alice", "--clearance", "S").Exit);
        var run = archive.Run("users", "list");
        Assert.True(run.Exit == 0, run.Error);
        Assert.True(run.Out.IndexOf("alice", StringComparison.Ordinal) < run.Out.IndexOf("zed", StringComparison.Ordinal));
        Assert.Contains("UNCLASSIFIED", run.Out);
        Assert.Contains("enabled", run.Out);
    }
}
