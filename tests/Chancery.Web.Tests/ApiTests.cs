using System.Net;
using System.Text.Json;
using Chancery.Web.Tests.Support;

namespace Chancery.Web.Tests;

public sealed class ApiTests(ArchiveSite site) : IClassFixture<ArchiveSite>
{
    private HttpClient Client => site.Client;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> GetJson(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Client.GetAsync(url, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(expected == response.StatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<JsonElement> GetProblem(string url, HttpStatusCode expected)
    {
        var response = await Client.GetAsync(url, Ct);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("   at ", body); // never a stack trace
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem;
    }

    [Fact]
    public async Task Search_answers_the_contract_shape()
    {
        var json = await GetJson("/api/v1/search?q=pipeline");
        Assert.Equal(4, json.GetProperty("total").GetInt64());
        var first = json.GetProperty("results")[0];
        foreach (var name in new[] { "referenceId", "created", "origin", "classification", "subject", "snippet" })
            Assert.True(first.TryGetProperty(name, out _), name);
        var facets = json.GetProperty("facets");
        foreach (var name in new[] { "tags", "origins", "classifications", "captions", "months" })
            Assert.Equal(JsonValueKind.Array, facets.GetProperty(name).ValueKind);
        var epet = facets.GetProperty("tags").EnumerateArray().Single(t => t.GetProperty("value").GetString() == "EPET");
        Assert.Equal(4, epet.GetProperty("count").GetInt64());
        Assert.Contains(facets.GetProperty("months").EnumerateArray(), m => m.GetProperty("value").GetString() == "2008-01");
    }

    [Fact]
    public async Task Search_writes_dates_as_utc_iso_and_levels_by_name()
    {
        var json = await GetJson("/api/v1/search?q=grain");
        var hit = json.GetProperty("results")[0];
        Assert.Equal("09MOSCOW400", hit.GetProperty("referenceId").GetString());
        Assert.Equal("2009-06-05T08:00:00Z", hit.GetProperty("created").GetString());
        Assert.Equal("UNCLASSIFIED", hit.GetProperty("classification").GetString());
        var highlight = hit.GetProperty("highlights")[0];
        var snippet = hit.GetProperty("snippet").GetString()!;
        Assert.Equal("grain", snippet.Substring(highlight.GetProperty("start").GetInt32(), highlight.GetProperty("length").GetInt32()), ignoreCase: true);
    }

    [Fact]
    public async Task Search_pages_and_sorts()
    {
        var page1 = await GetJson("/api/v1/search?q=&pageSize=10&sort=date");
        var page2 = await GetJson("/api/v1/search?q=&pageSize=10&page=2&sort=date");
        Assert.Equal(36, page1.GetProperty("total").GetInt64());
        Assert.Equal(10, page1.GetProperty("results").GetArrayLength());
        var dates = page1.GetProperty("results").EnumerateArray().Concat(page2.GetProperty("results").EnumerateArray())
            .Select(r => r.GetProperty("created").GetString()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        var newest = await GetJson("/api/v1/search?sort=-date&pageSize=1");
        Assert.Equal("09ASTANA666", newest.GetProperty("results")[0].GetProperty("referenceId").GetString());
    }

    [Theory]
    [InlineData("pageSize=0")]
    [InlineData("pageSize=101")]
    [InlineData("page=0")]
    [InlineData("page=5000&pageSize=100")]
    [InlineData("sort=size")]
    [InlineData("page=abc")]
    public async Task Search_refuses_bad_parameters_with_problem_details(string query)
    {
        var response = await Client.GetAsync("/api/v1/search?q=oil&" + query, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Search_refuses_a_query_longer_than_the_limit()
    {
        var problem = await GetProblem("/api/v1/search?q=" + new string('a', 1001), HttpStatusCode.BadRequest);
        Assert.Contains("1000", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Cable_is_the_contract_json_plus_versions()
    {
        var json = await GetJson("/api/v1/cables/08ASTANA210");
        Assert.Equal("08ASTANA210", json.GetProperty("referenceId").GetString());
        Assert.Equal("SECRET", json.GetProperty("classification").GetString());
        Assert.Equal(2, json.GetProperty("versions").GetInt32());
        Assert.Equal("IMMEDIATE", json.GetProperty("precedence").GetString());
        Assert.Equal(3, json.GetProperty("paragraphs").GetArrayLength());
        // The same object the cable library writes, with one property added.
        var lower = await GetJson("/api/v1/cables/08astana210");
        Assert.Equal(json.GetRawText(), lower.GetRawText());
    }

    [Theory]
    [InlineData("/api/v1/cables/99NOWHERE1")]
    [InlineData("/api/v1/cables/99NOWHERE1/refs")]
    [InlineData("/api/v1/cables/99NOWHERE1/versions")]
    [InlineData("/api/v1/cables/99NOWHERE1/raw")]
    public async Task Absent_cables_are_404_problems(string url)
    {
        var problem = await GetProblem(url, HttpStatusCode.NotFound);
        Assert.Contains("99NOWHERE1", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/v1/cables/bad%20id")]
    [InlineData("/api/v1/cables/%3Cscript%3E/refs")]
    public async Task Malformed_ids_are_400_problems(string url) => await GetProblem(url, HttpStatusCode.BadRequest);

    [Fact]
    public async Task Refs_resolve_both_ways_and_list_dangling_ids()
    {
        var json = await GetJson("/api/v1/cables/08ASTANA210/refs");
        Assert.Equal(["08ASTANA200"], json.GetProperty("references").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["08STATE300"], json.GetProperty("citedBy").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["07ASTANA999"], json.GetProperty("dangling").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Versions_are_listed_oldest_first_with_their_text()
    {
        var json = await GetJson("/api/v1/cables/08ASTANA210/versions");
        Assert.Equal(2, json.GetArrayLength());
        Assert.Equal(1, json[0].GetProperty("number").GetInt32());
        Assert.Equal("relay:RUEHAST/0211", json[1].GetProperty("source").GetString());
        Assert.Contains("MARCH", json[1].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Raw_text_is_plain_text()
    {
        var response = await Client.GetAsync("/api/v1/cables/08ALMATY100/raw", Ct);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("CASPIAN PIPELINE TALKS RESUME", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Stats_group_by_each_dimension()
    {
        var byClass = await GetJson("/api/v1/stats?by=classification");
        Assert.Equal("classification", byClass.GetProperty("by").GetString());
        Assert.Contains(byClass.GetProperty("rows").EnumerateArray(), r => r.GetProperty("value").GetString() == "TOP SECRET" && r.GetProperty("count").GetInt64() == 1);
        await GetProblem("/api/v1/stats?by=weather", HttpStatusCode.BadRequest);
        await GetProblem("/api/v1/stats?by=1", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Stats_follow_the_query()
    {
        if (Chancery.Archive.Query.QueryParser.Parse("(oil").Succeeded) Assert.Skip("the query parser is still the placeholder (helper/query not merged)");
        var months = await GetJson("/api/v1/stats?by=month&q=tag:EPET");
        Assert.Equal(["2008-01", "2008-02", "2008-03"], months.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("value").GetString()));
        var problem = await GetProblem("/api/v1/search?q=%28oil", HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("position").GetInt32() >= 0);
        Assert.Contains("position", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Tags_carry_their_meaning_from_the_directory()
    {
        var json = await GetJson("/api/v1/tags");
        var epet = json.EnumerateArray().Single(t => t.GetProperty("tag").GetString() == "EPET");
        Assert.Equal(4, epet.GetProperty("count").GetInt64());
        Assert.Equal("subject", epet.GetProperty("kind").GetString());
        Assert.False(string.IsNullOrEmpty(epet.GetProperty("meaning").GetString()));
    }

    [Fact]
    public async Task Stations_carry_their_names()
    {
        var json = await GetJson("/api/v1/stations");
        var ankara = json.EnumerateArray().Single(t => t.GetProperty("station").GetString() == "ANKARA");
        Assert.Equal(30, ankara.GetProperty("count").GetInt64());
        Assert.Equal("Embassy Ankara", ankara.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Health_reports_the_archive_size()
    {
        var json = await GetJson("/health");
        Assert.Equal("healthy", json.GetProperty("status").GetString());
        Assert.Equal(36, json.GetProperty("cables").GetInt64());
        Assert.Equal(37, json.GetProperty("versions").GetInt64());
    }

    [Fact]
    public async Task Health_says_when_searches_are_at_full_speed()
    {
        // The test archive is too small to need a search index: the warm-up ends at once.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await GetJson("/health")).GetProperty("search").GetString() == "ready") return;
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        Assert.Fail("/health never said search is ready");
    }

    [Fact]
    public async Task OpenApi_document_lists_every_endpoint()
    {
        var json = await GetJson("/openapi/v1.json");
        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/v1/search", "/api/v1/cables/{referenceId}", "/api/v1/cables/{referenceId}/refs",
                     "/api/v1/cables/{referenceId}/versions", "/api/v1/stats", "/api/v1/tags", "/api/v1/stations" })
            Assert.Contains(path, paths);
    }

    [Fact]
    public async Task Api_reference_page_is_served()
    {
        var response = await Client.GetAsync("/api/docs", Ct);
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.MovedPermanently)
            response = await Client.GetAsync(new Uri(response.RequestMessage!.RequestUri!, response.Headers.Location!), Ct); // as a browser resolves it
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<title>Chancery API</title>", html);
        Assert.Contains("scalar.js", html);
    }

    [Fact]
    public async Task Unknown_api_paths_are_404_problems() => await GetProblem("/api/v1/nothing-here", HttpStatusCode.NotFound);
}
