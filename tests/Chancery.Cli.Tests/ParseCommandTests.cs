using System.Text.Json;
using Chancery.Cables;

namespace Chancery.Cli.Tests;

public class ParseCommandTests
{
    private static JsonElement[] JsonLines(CliRun run) =>
        run.OutLines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();

    [Fact]
    public void FileGivesOneJsonLinePerCableWithItsSource()
    {
        using var dir = new TempDir();
        var path = dir.Write("one.txt", Fixtures.RawCable);
        var run = CliRunner.Run("parse", path);
        Assert.Equal(0, run.Exit);
        Assert.Equal("", run.Error);
        var cable = Assert.Single(JsonLines(run));
        Assert.Equal(path, cable.GetProperty("source").GetProperty("path").GetString());
        Assert.Equal(0, cable.GetProperty("source").GetProperty("index").GetInt32());
        Assert.EndsWith("\n", run.Out);
    }

    [Fact]
    public void BadPathIsOneLineAndExit2ButOtherInputsAreStillRead()
    {
        using var dir = new TempDir();
        var good = dir.Write("good.txt", Fixtures.RawCable);
        var missing = Path.Combine(dir.Path, "missing.txt");
        var run = CliRunner.Run("parse", missing, good);
        Assert.Equal(2, run.Exit);
        Assert.Equal([$"chancery: cannot read '{missing}': no such file or directory"], run.ErrorLines);
        Assert.Equal(good, Assert.Single(JsonLines(run)).GetProperty("source").GetProperty("path").GetString());
    }

    [Fact]
    public void DashReadsStandardInput()
    {
        var run = CliRunner.RunWithInput(Fixtures.RawCable, "parse", "-");
        Assert.Equal(0, run.Exit);
        var cable = Assert.Single(JsonLines(run));
        Assert.Equal("-", cable.GetProperty("source").GetProperty("path").GetString());
    }

    [Fact]
    public void StandardInputHoldingJsonLinesIsReadAsJsonLines()
    {
        var cable = Fixtures.Full();
        var run = CliRunner.RunWithInput(CableJson.Serialize(cable) + "\n", "parse", "-");
        Assert.Equal(0, run.Exit);
        var back = CableJson.Deserialize(Assert.Single(run.OutLines));
        Assert.Equal(cable with { Source = new CableSource("-", 0) }, back);
    }

    [Fact]
    public void StandardInputHoldingCsvIsReadAsCsv()
    {
        var run = CliRunner.RunWithInput(CablegateCsvTests.TwoRecords, "parse", "-");
        Assert.Equal(0, run.Exit);
        Assert.True(JsonLines(run).Length >= 2);
    }

    [Fact]
    public void DirectoriesAreWalkedRecursivelyInPathOrderForKnownExtensionsOnly()
    {
        using var dir = new TempDir();
        var b = dir.Write("b.txt", Fixtures.RawCable);
        var a = dir.Write("sub/deeper/a.htm", Fixtures.RawCable);
        var c = dir.Write("c.HTML", Fixtures.RawCable);
        dir.Write("notes.md", "not a cable");
        dir.Write("data.json", "{}");
        var run = CliRunner.Run("parse", dir.Path);
        Assert.Equal(0, run.Exit);
        var paths = JsonLines(run).Select(j => j.GetProperty("source").GetProperty("path").GetString()).ToArray();
        Assert.Equal(new[] { b, c, a }.Order(StringComparer.Ordinal), paths);
    }

    [Fact]
    public void OutputKeepsInputOrderAcrossManyFiles()
    {
        using var dir = new TempDir();
        var files = Enumerable.Range(0, 40).Select(i => dir.Write($"f{i:D2}.txt", Fixtures.RawCable.Replace("0101", $"{i + 100:D4}"))).ToArray();
        var reversed = files.Reverse().ToArray();
        var run = CliRunner.Run(["parse", .. reversed]);
        Assert.Equal(0, run.Exit);
        var paths = JsonLines(run).Select(j => j.GetProperty("source").GetProperty("path").GetString()).Distinct().ToArray();
        Assert.Equal(reversed, paths);
    }

    [Fact]
    public void CsvRecordsBecomeCablesOfThatFileNumberedFromZero()
    {
        using var dir = new TempDir();
        var csv = dir.Write("cables.csv", CablegateCsvTests.TwoRecords);
        var run = CliRunner.Run("parse", csv);
        Assert.Equal(0, run.Exit);
        var lines = JsonLines(run);
        Assert.True(lines.Length >= 2);
        Assert.All(lines, j => Assert.Equal(csv, j.GetProperty("source").GetProperty("path").GetString()));
        Assert.Equal(Enumerable.Range(0, lines.Length), lines.Select(j => j.GetProperty("source").GetProperty("index").GetInt32()));
        Assert.Contains(lines, j => j.GetProperty("body").GetString()!.Contains("SECOND TEXT"));
    }

    [Fact]
    public void DamagedCsvRecordIsNamedOnStandardErrorAndTheRestIsRead()
    {
        using var dir = new TempDir();
        var csv = dir.Write("cables.csv", "\"1\",\"1/2/2001 3:04\",\"01A1\",\"o\",\"c\",\"\",\"h\"\n" + CablegateCsvTests.TwoRecords);
        var run = CliRunner.Run("parse", csv);
        Assert.Equal(2, run.Exit);
        var error = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"chancery: '{csv}' line 1: the record has 7 fields", error);
        Assert.True(JsonLines(run).Length >= 2);
    }

    [Fact]
    public void JsonLinesInputComesBackUnchangedButForItsSource()
    {
        using var dir = new TempDir();
        var first = Fixtures.Full();
        var second = new Cable { ReferenceId = "07REYKJAVIK212", Body = "x" };
        var path = dir.Write("in.jsonl", CableJson.Serialize(first) + "\n\n" + CableJson.Serialize(second) + "\n");
        var run = CliRunner.Run("parse", "--jsonl", path);
        Assert.Equal(0, run.Exit);
        Assert.Equal(
            [CableJson.Serialize(first with { Source = new CableSource(path, 0) }), CableJson.Serialize(second with { Source = new CableSource(path, 1) })],
            run.OutLines);
    }

    [Fact]
    public void BrokenJsonLineIsNamedAndSkipped()
    {
        using var dir = new TempDir();
        var path = dir.Write("in.jsonl", "{\"serial\":\"x\"}\n" + CableJson.Serialize(new Cable { Body = "ok" }) + "\n");
        var run = CliRunner.Run("parse", path);
        Assert.Equal(2, run.Exit);
        Assert.StartsWith($"chancery: '{path}' line 1: not a cable in contract JSON: 'serial' must be an integer", Assert.Single(run.ErrorLines));
        Assert.Equal("ok", Assert.Single(JsonLines(run)).GetProperty("body").GetString());
    }

    [Fact]
    public void JsonOptionWritesOneIndentedArray()
    {
        using var dir = new TempDir();
        var a = dir.Write("a.txt", Fixtures.RawCable);
        var b = dir.Write("b.jsonl", CableJson.Serialize(new Cable { Body = "one" }) + "\n" + CableJson.Serialize(new Cable { Body = "two" }) + "\n");
        var run = CliRunner.Run("parse", "--json", a, b);
        Assert.Equal(0, run.Exit);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal(JsonValueKind.Array, doc.RootElement.ValueKind);
        Assert.True(doc.RootElement.GetArrayLength() >= 3);
        Assert.StartsWith("[\n  {\n    \"source\": {", run.Out);
        Assert.EndsWith("\n  }\n]\n", run.Out);
    }

    [Fact]
    public void JsonOptionWithNothingReadableIsAnEmptyArray()
    {
        var run = CliRunner.Run("parse", "--json", "/no/such/place.txt");
        Assert.Equal(2, run.Exit);
        Assert.Equal("[]\n", run.Out);
    }

    [Fact]
    public void TextOptionSummarisesEachCable()
    {
        using var dir = new TempDir();
        var path = dir.Write("in.jsonl", CableJson.Serialize(Fixtures.Full()) + "\n");
        var run = CliRunner.Run("parse", "--text", path);
        Assert.Equal(0, run.Exit);
        Assert.StartsWith($"{path} #0: 06ASTANA38\n", run.Out);
        Assert.Contains("  classification: LIMITED OFFICIAL USE (SIPDIS, SENSITIVE)\n", run.Out);
        Assert.Contains("  subject:", run.Out);
        Assert.Contains("  diagnostics:    0 error(s), 1 warning(s), 0 info\n", run.Out);
    }

    [Fact]
    public void OutputFormatsAreMutuallyExclusive()
    {
        var run = CliRunner.Run("parse", "--json", "--text", "x.txt");
        Assert.Equal(2, run.Exit);
        Assert.Equal(["chancery: choose one of --jsonl, --json, --text (see 'chancery --help')"], run.ErrorLines);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void NoMergeIsAccepted()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.txt", Fixtures.RawCable);
        Assert.Equal(0, CliRunner.Run("parse", "--no-merge", path).Exit);
    }

    [Fact]
    public void SampleCablesAllParse()
    {
        var samples = Path.Combine(RepositoryRoot(), "samples");
        var run = CliRunner.Run("parse", samples);
        Assert.Equal(0, run.Exit);
        Assert.True(JsonLines(run).Length >= 3);
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Chancery.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
