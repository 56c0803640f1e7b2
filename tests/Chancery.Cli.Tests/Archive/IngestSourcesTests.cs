using Chancery.Archive.Ingest;
using Chancery.Cables;
using Chancery.Cli.Ingest;

namespace Chancery.Cli.Tests.Archive;

public class IngestSourcesTests
{
    private static List<IngestRecord> Read(IngestPlan plan, string stdin = "")
    {
        var meter = new IngestMeter(plan.TotalBytes, !plan.HasStdin);
        var sources = new IngestSources(meter, () => new StringReader(stdin));
        return sources.ReadAsync(plan).ToBlockingEnumerable().ToList();
    }

    private static IngestPlan Plan(params string[] paths)
    {
        var plan = IngestPlan.TryBuild(paths, out var error);
        Assert.Null(error);
        return plan!;
    }

    [Fact]
    public void CsvRecordsCarryFileLineAndPublishedIdAndABrokenOneBecomesAnError()
    {
        using var dir = new TempDir();
        var good = IngestCommandTests.CsvRow(1, "07REYKJAVIK101", ArchiveFixtures.A);
        var broken = "\"2\",\"2/1/2007 12:00\",\"07OSLO55\",oops\n";
        var path = dir.Write("cables.csv", good + broken + IngestCommandTests.CsvRow(3, "07OSLO55", ArchiveFixtures.C));
        var records = Read(Plan(path));
        Assert.Equal(3, records.Count);
        Assert.Equal((path + ":1", "07REYKJAVIK101", (string?)null), (records[0].Location, records[0].PublishedId, records[0].Error));
        var brokenLine = good.Count(c => c == '\n') + 1;
        Assert.Equal(path + ":" + brokenLine, records[1].Location);
        Assert.Equal("field 4 is not quoted", records[1].Error);
        Assert.Equal("07OSLO55", records[2].PublishedId);
        Assert.Equal("07OSLO55", new CableReader().Read(records[2].Text).ReferenceId);
    }

    [Fact]
    public void BinaryFilesAreRejectedWhateverTheirName()
    {
        using var dir = new TempDir();
        var txt = Path.Combine(dir.Path, "a.txt");
        var csv = Path.Combine(dir.Path, "b.csv");
        File.WriteAllBytes(txt, [0x50, 0x4B, 0x03, 0x04, 0, 0, 0x08, 0]);
        File.WriteAllBytes(csv, [0x22, 0x31, 0x22, 0, 0, 0, 0, 0]);
        var records = Read(Plan(txt, csv));
        Assert.All(records, r => Assert.StartsWith("a binary file", r.Error));
        Assert.Equal([txt, csv], records.Select(r => r.Location));
    }

    [Fact]
    public void JsonlLinesBecomeTheWritersCanonicalTextOfTheCable()
    {
        using var dir = new TempDir();
        var cable = new CableReader().Read(ArchiveFixtures.C);
        var path = dir.Write("x.jsonl", CableJson.Serialize(cable) + "\n\n[1,2]\n");
        var records = Read(Plan(path));
        Assert.Equal(2, records.Count);
        Assert.Equal((path + ":1", "07OSLO55"), (records[0].Location, records[0].PublishedId));
        var back = new CableReader().Read(records[0].Text);
        Assert.Equal((cable.ReferenceId, cable.Subject, cable.Tags, cable.Classification), (back.ReferenceId, back.Subject, back.Tags, back.Classification));
        Assert.Equal(path + ":3", records[1].Location);
        Assert.StartsWith("not a cable in contract JSON", records[1].Error);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    [InlineData("text")]
    public void StandardInputIsSniffed(string kind)
    {
        var stdin = kind switch
        {
            "csv" => IngestCommandTests.CsvRow(1, "07OSLO55", ArchiveFixtures.C) + IngestCommandTests.CsvRow(2, "07REYKJAVIK101", ArchiveFixtures.A),
            "jsonl" => CableJson.Serialize(new CableReader().Read(ArchiveFixtures.C)) + "\r\n" + CableJson.Serialize(new CableReader().Read(ArchiveFixtures.A)) + "\r\n",
            _ => ArchiveFixtures.C,
        };
        var records = Read(Plan("-"), stdin);
        Assert.All(records, r => Assert.Null(r.Error));
        Assert.Equal(kind == "text" ? ["stdin"] : ["stdin:1", kind == "csv" ? $"stdin:{IngestCommandTests.CsvRow(1, "07OSLO55", ArchiveFixtures.C).Count(c => c == '\n') + 1}" : "stdin:2"],
            records.Select(r => r.Location));
    }

    [Fact]
    public void DirectoriesAreWalkedInPathOrderForCableFilesOnly()
    {
        using var dir = new TempDir();
        dir.Write("z/07OSLO55.txt", ArchiveFixtures.C);
        dir.Write("a/07REYKJAVIK101__v2.htm", ArchiveFixtures.A);
        dir.Write("a/readme.md", "# notes");
        var records = Read(Plan(dir.Path));
        Assert.Equal(["07REYKJAVIK101", "07OSLO55"], records.Select(r => r.PublishedId));
    }

    [Theory]
    [InlineData("dir/06ASTANA38.txt", "06ASTANA38")]
    [InlineData("06ASTANA38__v3.txt", "06ASTANA38")]
    [InlineData("notes.txt", null)]
    [InlineData("2024-report.txt", null)]
    public void FileNamesGiveAPublishedIdOnlyWhenTheyLookLikeOne(string path, string? id) =>
        Assert.Equal(id, IngestSources.PublishedIdFromFileName(path));

    [Fact]
    public void PlanRefusesMissingPathsAndASecondDash()
    {
        Assert.Null(IngestPlan.TryBuild(["/no/such/place"], out var missing));
        Assert.Equal("cannot read '/no/such/place': no such file or directory", missing);
        Assert.Null(IngestPlan.TryBuild(["-", "-"], out var twice));
        Assert.Equal("standard input (-) can be given only once", twice);
    }

    [Fact]
    public void MeterMeasuresTheShareStoredNotTheShareRead()
    {
        var meter = new IngestMeter(2500, sizeKnown: true);
        for (var i = 1; i <= 250; i++) meter.RecordRead(i * 10);
        Assert.Equal(0, meter.Fraction);
        meter.Report(new IngestProgress(200, 200, 0, 0, 0, TimeSpan.FromSeconds(4)));
        Assert.Equal(2000, meter.BytesDone);
        Assert.Equal(0.8, meter.Fraction, 3);
        Assert.Equal(1.0, meter.Remaining(TimeSpan.FromSeconds(4))!.Value.TotalSeconds, 3);
        Assert.Equal(50, IngestMeter.Rate(meter.Latest!));
    }

    [Theory]
    [InlineData("a\nb\r\nc\rd", 3)]
    [InlineData("a\nb\r\nc\rd", 4)]
    [InlineData("a\nb\r\nc\rd", 5)]
    [InlineData("a\nb\r\nc\rd", 100)]
    [InlineData("", 8)]
    public void PrefixedReaderGivesTheSameLinesWhereverThePrefixEnds(string text, int prefix)
    {
        using var reader = PrefixedReader.Open(new StringReader(text), prefix);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        var expected = new List<string>();
        using var plain = new StringReader(text);
        while (plain.ReadLine() is { } line) expected.Add(line);
        Assert.Equal(expected, lines);
    }
}
