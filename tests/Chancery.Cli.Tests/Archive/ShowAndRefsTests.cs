using System.Text.Json;
using Chancery.Cables;

namespace Chancery.Cli.Tests.Archive;

public class ShowAndRefsTests
{
    [Fact]
    public void ShowJsonIsTheCableContractPlusVersions()
    {
        using var archive = new TestArchive();
        archive.Seed(ArchiveFixtures.A, ArchiveFixtures.B);
        var run = archive.Run("show", "07REYKJAVIK102", "--json");
        Assert.True(run.Exit == 0, run.Error);
        var line = Assert.Single(run.OutLines);
        var json = JsonDocument.Parse(line).RootElement;
        Assert.Equal(1, json.GetProperty("versions").GetInt32());
        Assert.Equal("CONFIDENTIAL", json.GetProperty("classification").GetString());
        var expected = new CableReader().Read(ArchiveFixtures.B);
        var shown = CableJson.Deserialize(line);
        Assert.Equal(expected with { Source = null }, shown with { Source = null });
    }

    [Fact]
    public void ShowTextHasTheHeadingAndTheBody()
    {
        using var archive = new TestArchive();
        archive.Seed(ArchiveFixtures.A);
        var run = archive.Run("show", "07REYKJAVIK101");
        Assert.True(run.Exit == 0, run.Error);
        Assert.Contains("07REYKJAVIK101", run.Out);
        Assert.Contains("ICELAND: [DRAFT] FISHERIES, QUOTAS DEBATED", run.Out);
        Assert.Contains("THE ALTHING OPENED ITS DEBATE", run.Out);
        Assert.Contains("UNCLASSIFIED", run.Out);
    }

    [Fact]
    public void ShowRawGivesTheTextAsIngested()
    {
        using var archive = new TestArchive();
        archive.Seed(ArchiveFixtures.C);
        var run = archive.Run("show", "07OSLO55", "--raw");
        Assert.True(run.Exit == 0, run.Error);
        Assert.Equal(ArchiveFixtures.C.ReplaceLineEndings("\n").TrimEnd(), run.Out.ReplaceLineEndings("\n").TrimEnd());
    }

    [Theory]
    [InlineData("show")]
    [InlineData("refs")]
    public void AnAbsentCableIsOneLineAndExit1(string command)
    {
        using var archive = new TestArchive();
        archive.Seed(ArchiveFixtures.A);
        var run = archive.Run(command, "99NOWHERE1", "--json");
        Assert.Equal(1, run.Exit);
        Assert.Equal("", run.Out);
        Assert.Equal(["chancery: no cable 99NOWHERE1 in the archive"], run.ErrorLines);
    }

    [Fact]
    public void ShowDiffWithOneVersionSaysSo()
    {
        using var archive = new TestArchive();
        archive.Seed(ArchiveFixtures.A);
        var run = archive.Run("show", "07REYKJAVIK101", "--diff");
        Assert.Equal(0, run.Exit);
        Assert.Contains("one version", run.Out);
        var bad = archive.Run("show", "07REYKJAVIK101", "--diff", "--from", "1", "--to", "3");
        Assert.Equal(2, bad.Exit);
        Assert.Contains("no version 3", Assert.Single(bad.ErrorLines));
    }

    [Fact]
    public void RefsJsonListsBothWaysAndDangling()
    {
        using var archive = new TestArchive();
        archive.Seed(ArchiveFixtures.A, ArchiveFixtures.B, ArchiveFixtures.C);
        var run = archive.Run("refs", "07REYKJAVIK102", "--json");
        Assert.True(run.Exit == 0, run.Error);
        var json = JsonDocument.Parse(Assert.Single(run.OutLines)).RootElement;
        string?[] List(string name) => [.. json.GetProperty(name).EnumerateArray().Select(e => e.GetString())];
        Assert.Equal(["07REYKJAVIK101"], List("references"));
        Assert.Equal(["07OSLO55"], List("citedBy"));
        Assert.Equal(["07STATE12345"], List("dangling"));
    }

    [Fact]
    public void RefsDepthFollowsCitationsSeveralSteps()
    {
        using var archive = new TestArchive();
        archive.Seed(ArchiveFixtures.A, ArchiveFixtures.B, ArchiveFixtures.C);
        var one = JsonDocument.Parse(Assert.Single(archive.Run("refs", "07REYKJAVIK101", "--json").OutLines)).RootElement;
        Assert.False(one.TryGetProperty("edges", out _));
        var two = archive.Run("refs", "07REYKJAVIK101", "--depth", "2", "--json");
        var edges = JsonDocument.Parse(Assert.Single(two.OutLines)).RootElement.GetProperty("edges").EnumerateArray()
            .Select(e => (e.GetProperty("from").GetString(), e.GetProperty("to").GetString())).ToList();
        Assert.Contains(("07REYKJAVIK102", "07REYKJAVIK101"), edges);
        Assert.Contains(("07OSLO55", "07REYKJAVIK102"), edges);
        Assert.Contains(("07REYKJAVIK102", "07STATE12345"), edges);
    }

    [Fact]
    public void RefsDotIsAGraphvizDigraph()
    {
        using var archive = new TestArchive();
        archive.Seed(ArchiveFixtures.A, ArchiveFixtures.B, ArchiveFixtures.C);
        var run = archive.Run("refs", "07REYKJAVIK102", "--dot");
        Assert.True(run.Exit == 0, run.Error);
        Assert.StartsWith("digraph references {", run.Out);
        Assert.Contains("\"07REYKJAVIK102\" -> \"07REYKJAVIK101\";", run.Out);
        Assert.Contains("\"07OSLO55\" -> \"07REYKJAVIK102\";", run.Out);
        Assert.Contains("\"07REYKJAVIK102\" -> \"07STATE12345\" [style=dashed", run.Out);
        Assert.EndsWith("}\n", run.Out);
    }
}
