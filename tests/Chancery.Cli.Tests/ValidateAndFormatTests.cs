using Chancery.Cables;

namespace Chancery.Cli.Tests;

public class ValidateAndFormatTests
{
    private static string JsonlWith(TempDir dir, params Diagnostic[] diagnostics) =>
        dir.Write("checked.jsonl", CableJson.Serialize(new Cable { ReferenceId = "07REYKJAVIK212", Body = "x", Diagnostics = diagnostics }) + "\n");

    [Fact]
    public void DiagnosticsArePrintedCompilerStyleAndAnErrorExitsOne()
    {
        using var dir = new TempDir();
        var path = JsonlWith(dir,
            new Diagnostic(Severity.Warning, "CHN0100", 7, 3, "Subject line is longer than 69 columns."),
            new Diagnostic(Severity.Error, "CHN0007", 2, 1, "No DTG on the preamble line."));
        var run = CliRunner.Run("validate", path);
        Assert.Equal(1, run.Exit);
        Assert.Equal(
        [
            $"{path}:2:1: error CHN0007: No DTG on the preamble line.",
            $"{path}:7:3: warning CHN0100: Subject line is longer than 69 columns.",
            "1 cable in 1 input: 1 error, 1 warning, 0 info",
        ], run.OutLines);
    }

    [Fact]
    public void WarningsAloneExitZero()
    {
        using var dir = new TempDir();
        var path = JsonlWith(dir, new Diagnostic(Severity.Warning, "CHN0100", 7, 3, "Long line."));
        var run = CliRunner.Run("validate", path);
        Assert.Equal(0, run.Exit);
        Assert.Equal("1 cable in 1 input: 0 errors, 1 warning, 0 info", run.OutLines[^1]);
    }

    [Fact]
    public void UnreadablePathExitsTwoEvenWhenOthersAreClean()
    {
        using var dir = new TempDir();
        var path = JsonlWith(dir);
        var run = CliRunner.Run("validate", path, Path.Combine(dir.Path, "gone.txt"));
        Assert.Equal(2, run.Exit);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith("1 cable in 1 input:", run.OutLines[^1]);
    }

    [Fact]
    public void ValidateReadsTextFiles()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.txt", Fixtures.RawCable);
        var run = CliRunner.Run("validate", path);
        Assert.True(run.Exit is 0 or 1);
        Assert.Matches(@"^\d+ cables? in 1 input: \d+ errors?, \d+ warnings?, \d+ info$", run.OutLines[^1]);
        Assert.All(run.OutLines[..^1], l => Assert.StartsWith(path + ":", l));
    }

    [Fact]
    public void FormatWritesWhatTheCableWriterWrites()
    {
        using var dir = new TempDir();
        var cable = Fixtures.Full();
        var path = dir.Write("a.jsonl", CableJson.Serialize(cable) + "\n");
        var run = CliRunner.Run("format", path);
        Assert.Equal(0, run.Exit);
        var expected = new CableWriter().Write(cable with { Source = new CableSource(path, 0) });
        Assert.Equal(expected.EndsWith('\n') ? expected : expected + "\n", run.Out);
    }

    [Fact]
    public void FormatOfMissingFileExitsTwo()
    {
        var run = CliRunner.Run("format", "/no/such/cable.txt");
        Assert.Equal(2, run.Exit);
        Assert.Equal(["chancery: cannot read '/no/such/cable.txt': no such file or directory"], run.ErrorLines);
    }
}

public class CommandLineTests
{
    [Fact]
    public void VersionPrintsTheVersion()
    {
        var run = CliRunner.Run("--version");
        Assert.Equal(0, run.Exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Out);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("parse", "--help")]
    [InlineData("validate", "--help")]
    [InlineData("format", "--help")]
    [InlineData("eval", "--help")]
    public void HelpWorksEverywhere(params string[] args)
    {
        var run = CliRunner.Run(args);
        Assert.Equal(0, run.Exit);
        Assert.Contains("Usage:", run.Out);
        Assert.Equal("", run.Error);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("parse")]
    [InlineData("eval")]
    [InlineData("parse", "--bogus", "x.txt")]
    public void UsageErrorsAreOneLineAndExitTwo(params string[] args)
    {
        var run = CliRunner.Run(args);
        Assert.Equal(2, run.Exit);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("chancery: ", line);
        Assert.EndsWith("(see 'chancery --help')", line);
    }

    [Fact]
    public void NoCommandIsAUsageError() => Assert.Equal(2, CliRunner.Run().Exit);
}
