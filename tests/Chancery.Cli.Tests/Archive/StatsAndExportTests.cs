using System.Text.Json;
using Chancery.Cables;

namespace Chancery.Cli.Tests.Archive;

public class StatsAndExportTests
{
    [Fact]
    public void StatsJsonCountsByTheChosenDimensionWithinTheQuery()
    {
        using var archive = new TestArchive();
        archive.Seed(ArchiveFixtures.A, ArchiveFixtures.B, ArchiveFixtures.C);
        var run = archive.Run("stats", "--by", "tag", "--json");
        Assert.True(run.Exit == 0, run.Error);
        var json = JsonDocument.Parse(Assert.Single(run.OutLines)).RootElement;
        Assert.Equal("tag", json.GetProperty("by").GetString());
        var rows = json.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("value").GetString()!, r => r.GetProperty("count").GetInt64());
        Assert.Equal(3, rows["IC"]);
        Assert.Equal(2, rows["PREL"]);
        Assert.Equal(1, rows["ECON"]);

        var within = JsonDocument.Parse(Assert.Single(archive.Run("stats", "--by", "origin", "geothermal", "--json").OutLines)).RootElement;
        var only = Assert.Single(within.GetProperty("rows").EnumerateArray());
        Assert.Equal(("REYKJAVIK", 1L), (only.GetProperty("value").GetString(), only.GetProperty("count").GetInt64()));
    }

    [Fact]
    public void StatsTableNamesEveryValue()
    {
        using var archive = new TestArchive();
        archive.Seed(ArchiveFixtures.A, ArchiveFixtures.B, ArchiveFixtures.C);
        var run = archive.Run("stats", "--by", "classification");
        Assert.True(run.Exit == 0, run.Error);
        foreach (var level in new[] { "UNCLASSIFIED", "CONFIDENTIAL", "SECRET" }) Assert.Contains(level, run.Out);
    }

    [Fact]
    public void ExportJsonlGivesContractCablesInIdOrder()
    {
        using var archive = new TestArchive();
        archive.Seed(ArchiveFixtures.C, ArchiveFixtures.A, ArchiveFixtures.B);
        var run = archive.Run("export", "--jsonl");
        Assert.True(run.Exit == 0, run.Error);
        var ids = run.OutLines.Select(l => CableJson.Deserialize(l).ReferenceId);
        Assert.Equal(["07OSLO55", "07REYKJAVIK101", "07REYKJAVIK102"], ids);
    }

    [Fact]
    public void ExportCsvToAFileHasAHeaderAndQuotedFields()
    {
        using var archive = new TestArchive();
        archive.Seed(ArchiveFixtures.A, ArchiveFixtures.B, ArchiveFixtures.C);
        var file = Path.Combine(archive.Dir.Path, "out.csv");
        var run = archive.Run("export", "--csv", "--out", file);
        Assert.True(run.Exit == 0, run.Error);
        Assert.Equal("", run.Out);
        Assert.Equal(
        [
            "referenceId,created,origin,classification,captions,tags,subject,references,versions",
            "07OSLO55,2007-02-04T10:00:00Z,OSLO,SECRET,NOFORN,ECON|ENRG|NO|IC,NORWAY: VIEWS ON THE ICELAND PIPELINE,07REYKJAVIK102,1",
            "07REYKJAVIK101,2007-02-01T12:00:00Z,REYKJAVIK,UNCLASSIFIED,,PREL|IC,\"ICELAND: [DRAFT] FISHERIES, QUOTAS DEBATED\",,1",
            "07REYKJAVIK102,2007-02-02T15:00:00Z,REYKJAVIK,CONFIDENTIAL,SIPDIS,PREL|ENRG|IC,ICELAND: GEOTHERMAL PIPELINE TALKS RESUME,07REYKJAVIK101|07STATE12345,1",
        ], File.ReadAllLines(file));
    }

    [Fact]
    public void ExportFollowsTheQuery()
    {
        if (Chancery.Archive.Query.QueryParser.Parse("tag:ENRG") is not { Query: Chancery.Archive.Query.FilterNode })
            Assert.Skip("the query parser has not landed on this branch yet (helper/query): tag: is not a filter");
        using var archive = new TestArchive();
        archive.Seed(ArchiveFixtures.A, ArchiveFixtures.B, ArchiveFixtures.C);
        var run = archive.Run("export", "tag:ENRG", "--jsonl");
        Assert.True(run.Exit == 0, run.Error);
        Assert.Equal(["07OSLO55", "07REYKJAVIK102"], run.OutLines.Select(l => CableJson.Deserialize(l).ReferenceId));
    }

    [Fact]
    public void ExportNeedsExactlyOneFormat()
    {
        using var archive = new TestArchive();
        Assert.Equal(2, archive.Run("export").Exit);
        Assert.Equal(2, archive.Run("export", "--jsonl", "--csv").Exit);
    }
}
