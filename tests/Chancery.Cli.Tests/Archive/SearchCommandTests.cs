using System.Text.Json;
using Chancery.Archive.Query;

namespace Chancery.Cli.Tests.Archive;

public class SearchCommandTests
{
    private static JsonElement Json(CliRun run)
    {
        Assert.True(run.Exit == 0, run.Error);
        return JsonDocument.Parse(Assert.Single(run.OutLines)).RootElement.Clone();
    }

    [Fact]
    public void JsonHasTheContractShapeAndTotalCountsBeyondThePage()
    {
        using var archive = new TestArchive();
        archive.Seed(ArchiveFixtures.A, ArchiveFixtures.B, ArchiveFixtures.C);
        var answer = Json(archive.Run("search", "pipeline", "--limit", "1", "--sort", "-date", "--json"));

        Assert.Equal(3, answer.GetProperty("total").GetInt64());
        var hit = Assert.Single(answer.GetProperty("results").EnumerateArray());
        foreach (var name in new[] { "referenceId", "created", "origin", "classification", "subject", "snippet" })
            Assert.True(hit.TryGetProperty(name, out _), $"result lacks \"{name}\"");
        Assert.Equal("07OSLO55", hit.GetProperty("referenceId").GetString());
        Assert.Equal("2007-02-04T10:00:00Z", hit.GetProperty("created").GetString());
        Assert.Equal("OSLO", hit.GetProperty("origin").GetString());
        Assert.Equal("SECRET", hit.GetProperty("classification").GetString());
        Assert.Equal("NORWAY: VIEWS ON THE ICELAND PIPELINE", hit.GetProperty("subject").GetString());

        var facets = answer.GetProperty("facets");
        foreach (var name in new[] { "tags", "origins", "classifications", "captions", "months" })
            Assert.Equal(JsonValueKind.Array, facets.GetProperty(name).ValueKind);
        var tags = facets.GetProperty("tags").EnumerateArray().ToDictionary(t => t.GetProperty("value").GetString()!, t => t.GetProperty("count").GetInt64());
        Assert.Equal(3, tags["IC"]);
        Assert.Equal(2, tags["ENRG"]);
        var months = facets.GetProperty("months").EnumerateArray().Select(m => (m.GetProperty("value").GetString(), m.GetProperty("count").GetInt64()));
        Assert.Equal([("2007-02", 3L)], months);
        var classes = facets.GetProperty("classifications").EnumerateArray().Select(c => c.GetProperty("value").GetString()).Order();
        Assert.Equal(["CONFIDENTIAL", "SECRET", "UNCLASSIFIED"], classes);
    }

    [Fact]
    public void PagesWalkThroughTheMatchesInDateOrder()
    {
        using var archive = new TestArchive();
        archive.Seed(ArchiveFixtures.A, ArchiveFixtures.B, ArchiveFixtures.C);
        var ids = Enumerable.Range(1, 3)
            .Select(p => Json(archive.Run("search", "--limit", "1", "--page", p.ToString(), "--sort", "date", "--json")))
            .Select(a => Assert.Single(a.GetProperty("results").EnumerateArray()).GetProperty("referenceId").GetString());
        Assert.Equal(["07REYKJAVIK101", "07REYKJAVIK102", "07OSLO55"], ids);
    }

    [Fact]
    public void TextShowsHitsWithMarkupCharactersIntactAndFacets()
    {
        using var archive = new TestArchive();
        archive.Seed(ArchiveFixtures.A, ArchiveFixtures.B);
        var run = archive.Run("search", "fisheries");
        Assert.True(run.Exit == 0, run.Error);
        Assert.Contains("07REYKJAVIK101", run.Out);
        Assert.Contains("ICELAND: [DRAFT] FISHERIES, QUOTAS DEBATED", run.Out);
        Assert.Contains("[AND", run.Out);
        Assert.Contains("tags:", run.Out);
        Assert.DoesNotContain("07REYKJAVIK102", run.Out);
    }

    [Fact]
    public void UserMustExistAndSeesOnlyWhatTheirClearanceAllows()
    {
        using var archive = new TestArchive();
        archive.Seed(ArchiveFixtures.A, ArchiveFixtures.B);
        var unknown = archive.Run("search", "fisheries", "--user", "analyst", "--json");
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("no user 'analyst'", Assert.Single(unknown.ErrorLines));
        Assert.Equal(0, archive.RunWithInput("a long enough password\n", "users", "add", "analyst", "--clearance", "UNCLASSIFIED", "--password-stdin").Exit);
        var run = archive.Run("search", "--user", "analyst", "--json");
        Assert.Equal(0, run.Exit);
        Assert.Equal(1, Json(run).GetProperty("total").GetInt64());
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void BadQueryIsOneLineNamingThePositionAndExit2()
    {
        if (QueryParser.Parse("(pipeline").Succeeded)
            Assert.Skip("the query parser has not landed on this branch yet (helper/query): every query parses");
        using var archive = new TestArchive();
        archive.Seed(ArchiveFixtures.A);
        var run = archive.Run("search", "(pipeline", "--json");
        Assert.Equal(2, run.Exit);
        Assert.Equal("", run.Out);
        Assert.Matches(@"^chancery: query error at position \d+: .+$", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("--limit", "0")]
    [InlineData("--page", "0")]
    [InlineData("--sort", "newest")]
    public void BadOptionIsAUsageError(string option, string value)
    {
        using var archive = new TestArchive();
        var run = archive.Run("search", "x", option, value);
        Assert.Equal(2, run.Exit);
        Assert.Single(run.ErrorLines);
    }
}
