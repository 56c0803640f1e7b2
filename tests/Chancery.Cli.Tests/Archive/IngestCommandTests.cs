using System.Text.Json;
using System.Text.RegularExpressions;
using Chancery.Cables;

namespace Chancery.Cli.Tests.Archive;

public class IngestCommandTests
{
    private static readonly Regex SummaryJson = new(@"^\{""added"":(\d+),""updated"":(\d+),""unchanged"":(\d+),""rejected"":(\d+),""seconds"":\d+(\.\d+)?\}$");

    private static (long Added, long Updated, long Unchanged, long Rejected) Counts(CliRun run)
    {
        Assert.True(run.Exit == 0, run.Error);
        var match = SummaryJson.Match(run.OutLines[^1]);
        Assert.True(match.Success, $"last line is not the contract's summary: {run.OutLines[^1]}");
        return (long.Parse(match.Groups[1].Value), long.Parse(match.Groups[2].Value), long.Parse(match.Groups[3].Value), long.Parse(match.Groups[4].Value));
    }

    [Fact]
    public void DirectoryIsIngestedAndAgainChangesNothing()
    {
        using var archive = new TestArchive();
        archive.Dir.Write("in/a/07REYKJAVIK101.txt", ArchiveFixtures.A);
        archive.Dir.Write("in/b.html", "<html><body><pre>" + ArchiveFixtures.B + "</pre></body></html>");
        archive.Dir.Write("in/ignored.md", "not a cable");
        var folder = Path.Combine(archive.Dir.Path, "in");

        Assert.Equal((2, 0, 0, 0), Counts(archive.Run("ingest", folder, "--json")));
        Assert.Equal((0, 0, 2, 0), Counts(archive.Run("ingest", folder, "--json")));
        Assert.Equal(0, archive.Run("show", "07REYKJAVIK102", "--json").Exit);
    }

    [Fact]
    public void TextSummaryNamesTheCountsAndTheArchive()
    {
        using var archive = new TestArchive();
        var file = archive.Dir.Write("a.txt", ArchiveFixtures.A);
        var run = archive.Run("ingest", file);
        Assert.True(run.Exit == 0, run.Error);
        Assert.Contains("added 1, updated 0, unchanged 0, rejected 0", run.Out);
        Assert.Contains(archive.Db, run.Out);
    }

    [Fact]
    public void AChangedTextBecomesAVersionAndShowDiffShowsWhatChanged()
    {
        using var archive = new TestArchive();
        Counts(archive.Run("ingest", archive.Dir.Write("v1/a.txt", ArchiveFixtures.A), "--json"));
        Assert.Equal((0, 1, 0, 0), Counts(archive.Run("ingest", archive.Dir.Write("v2/a.txt", ArchiveFixtures.AChanged), "--json")));

        var show = JsonDocument.Parse(Assert.Single(archive.Run("show", "07REYKJAVIK101", "--json").OutLines)).RootElement;
        Assert.Equal(2, show.GetProperty("versions").GetInt32());
        var diff = archive.Run("show", "07REYKJAVIK101", "--diff");
        Assert.True(diff.Exit == 0, diff.Error);
        Assert.Contains("--- 07REYKJAVIK101 version 1", diff.Out);
        Assert.Contains("+++ 07REYKJAVIK101 version 2", diff.Out);
        Assert.Contains("\n-PIPELINE FEES] THIS WEEK.", diff.Out);
        Assert.Contains("\n+PIPELINE FEES] THIS WEEK AND WILL VOTE ON MONDAY.", diff.Out);
    }

    [Fact]
    public void TruncatedCsvRecordIsRejectedWithFileAndLineAndTheRestIsStored()
    {
        using var archive = new TestArchive();
        var csv = archive.Dir.Write("cables.csv", CsvRow(1, "07REYKJAVIK101", ArchiveFixtures.A) + CsvRow(2, "07OSLO55", ArchiveFixtures.C)[..200]);
        var run = archive.Run("ingest", csv, "--json");
        Assert.Equal((1, 0, 0, 1), Counts(run));
        Assert.Contains($"{csv}:", run.Error);
        Assert.Contains("the input ends inside a record", run.Error);
    }

    [Fact]
    public void BinaryFileIsRejectedWithAReason()
    {
        using var archive = new TestArchive();
        var binary = Path.Combine(archive.Dir.Path, "image.txt");
        File.WriteAllBytes(binary, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        var good = archive.Dir.Write("good.txt", ArchiveFixtures.A);
        var run = archive.Run("ingest", binary, good, "--json");
        Assert.Equal((1, 0, 0, 1), Counts(run));
        Assert.Contains($"{binary}: a binary file", run.Error);
    }

    [Fact]
    public void StandardInputIsIngested()
    {
        using var archive = new TestArchive();
        Assert.Equal((1, 0, 0, 0), Counts(archive.RunWithInput(ArchiveFixtures.C, "ingest", "-", "--json")));
        var csv = CsvRow(7, "07REYKJAVIK102", ArchiveFixtures.B);
        Assert.Equal((1, 0, 0, 0), Counts(archive.RunWithInput(csv, "ingest", "-", "--json")));
    }

    [Fact]
    public void JsonLinesFromParseAreIngestedAsTheCablesTheyDescribe()
    {
        using var archive = new TestArchive();
        var reader = new CableReader();
        var jsonl = string.Join("\n", new[] { ArchiveFixtures.B, ArchiveFixtures.C }.Select(t => CableJson.Serialize(reader.Read(t)))) + "\n{not json\n";
        var run = archive.Run("ingest", archive.Dir.Write("parsed.jsonl", jsonl), "--json");
        Assert.Equal((2, 0, 0, 1), Counts(run));
        Assert.Contains("parsed.jsonl:3: not a cable in contract JSON", run.Error);
        var shown = CableJson.Deserialize(Assert.Single(archive.Run("show", "07OSLO55", "--json").OutLines));
        Assert.Equal("NORWAY: VIEWS ON THE ICELAND PIPELINE", shown.Subject);
        Assert.Equal(["ECON", "ENRG", "NO", "IC"], shown.Tags);
    }

    [Fact]
    public void AMissingPathIsAUsageErrorBeforeAnythingIsStored()
    {
        using var archive = new TestArchive();
        var good = archive.Dir.Write("good.txt", ArchiveFixtures.A);
        var missing = Path.Combine(archive.Dir.Path, "missing");
        var run = archive.Run("ingest", good, missing);
        Assert.Equal(2, run.Exit);
        Assert.Equal([$"chancery: cannot read '{missing}': no such file or directory"], run.ErrorLines);
    }

    /// <summary>A row of the Cablegate <c>cables.csv</c> layout holding <paramref name="text"/> (header up to FM, then the rest).</summary>
    internal static string CsvRow(int row, string id, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var split = Array.FindIndex(lines, l => l.StartsWith("BT", StringComparison.Ordinal));
        var header = string.Join("\n", lines[..split]);
        var body = string.Join("\n", lines[(split + 1)..]);
        static string Q(string s) => "\"" + s.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        return string.Join(",", [Q(row.ToString()), Q("2/1/2007 12:00"), Q(id), Q("Embassy Somewhere"), Q("UNCLASSIFIED"), Q(""), Q(header), Q(body)]) + "\n";
    }
}
