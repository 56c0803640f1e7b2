using Chancery.Cables;

namespace Chancery.Cli.Tests;

public class SynthCommandTests
{
    [Fact]
    public void WritesOneFilePerCableInAFolderPerYearAndTheReaderReadsThem()
    {
        using var dir = new TempDir();
        var run = CliRunner.Run("synth", "--count", "120", "--seed", "3", "--versions", "0.05", "--out", dir.Path);
        Assert.Equal(0, run.Exit);
        Assert.Equal("", run.Error);
        var files = Directory.GetFiles(dir.Path, "*.txt", SearchOption.AllDirectories);
        var seconds = files.Count(f => f.EndsWith(".v2.txt", StringComparison.Ordinal));
        Assert.Equal(120 + seconds, files.Length);
        Assert.StartsWith($"120 cables ({seconds} second versions) seed 3: {files.Length} files under {dir.Path}", run.OutLines.Single());
        var reader = new CableReader();
        foreach (var file in files.Take(40))
        {
            var cable = reader.Read(File.ReadAllText(file));
            var name = Path.GetFileName(file);
            Assert.Equal(name[..name.IndexOf('.')], cable.ReferenceId);
            Assert.Equal(Path.GetFileName(Path.GetDirectoryName(file)), cable.Created!.Value.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.DoesNotContain(cable.Diagnostics, d => d.Severity == Severity.Error);
        }
    }

    [Fact]
    public void TheSameSeedWritesTheSameFiles()
    {
        using var a = new TempDir();
        using var b = new TempDir();
        Assert.Equal(0, CliRunner.Run("synth", "--count", "60", "--seed", "9", "--out", a.Path).Exit);
        Assert.Equal(0, CliRunner.Run("synth", "--count", "60", "--seed", "9", "--out", b.Path).Exit);
        static List<(string, string)> Contents(string root) =>
            [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(f => (Path.GetRelativePath(root, f), File.ReadAllText(f)))];
        Assert.Equal(Contents(a.Path), Contents(b.Path));
    }

    [Fact]
    public void WritesACablegateCsvThatTheCsvReaderReads()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "cables.csv");
        var run = CliRunner.Run("synth", "--count", "50", "--seed", "4", "--versions", "0", "--csv", path);
        Assert.Equal(0, run.Exit);
        var errors = new List<CablegateCsvError>();
        using var csv = new StreamReader(path);
        var records = CablegateCsv.Read(csv, errors.Add).ToList();
        Assert.Empty(errors);
        Assert.Equal(50, records.Count);
        Assert.Equal(Enumerable.Range(1, 50), records.Select(r => r.Row!.Value));
        var reader = new CableReader();
        foreach (var record in records)
        {
            var cable = reader.Read(record.Text);
            Assert.Equal(record.ReferenceId, cable.ReferenceId);
            Assert.Equal(record.Created, cable.Created);
            Assert.StartsWith(Names.Of(cable.Classification!.Value), record.Classification);
            Assert.Equal(record.References, cable.References.Select(r => r.ReferenceId!).ToEquatableList());
        }
        // The same corpus as the files: parse over the CSV gives the ids that synth --out names its files by.
        var parse = CliRunner.Run("parse", path);
        Assert.Equal(0, parse.Exit);
        Assert.Equal(50, parse.OutLines.Length);
    }

    [Theory]
    [InlineData("synth", "--count", "10")]
    [InlineData("synth", "--count", "0", "--out", "x")]
    [InlineData("synth", "--count", "10", "--out", "x", "--csv", "y.csv")]
    [InlineData("synth", "--versions", "2", "--out", "x")]
    public void UsageErrorsAreOneLineAndExitTwo(params string[] args)
    {
        var run = CliRunner.Run(args);
        Assert.Equal(2, run.Exit);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith("chancery: ", run.Error);
    }
}
