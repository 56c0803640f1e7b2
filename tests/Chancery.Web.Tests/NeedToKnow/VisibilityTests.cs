using System.Net;
using System.Text.Json;
using Chancery.Web.Tests.Support;

namespace Chancery.Web.Tests.NeedToKnow;

/// <summary>
/// The same URLs as users of different clearances: what one may not see is absent from counts, facets, snippets,
/// references and pages, and a cable they may not see is a 404 no different from a cable that does not exist.
/// (Pipeline cables: 08ALMATY100 U, 08ASTANA200 C NOFORN, 08ASTANA210 S NOFORN, 08STATE300 TS NODIS.)
/// </summary>
public sealed class VisibilityTests(NeedToKnowSite site) : IClassFixture<NeedToKnowSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> Json(string user, string url)
    {
        var client = await site.WithTokenAsync(user);
        var response = await client.GetAsync(url, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user} {url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<string> Page(string user, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var client = await site.WithTokenAsync(user);
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private static List<string> Ids(JsonElement search) =>
        search.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("referenceId").GetString()!).Order().ToList();

    private static Dictionary<string, long> Facet(JsonElement search, string name) =>
        search.GetProperty("facets").GetProperty(name).EnumerateArray().ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt64());

    [Fact]
    public async Task Search_totals_results_and_facets_follow_the_reader()
    {
        var boss = await Json("boss", "/api/v1/search?q=pipeline");
        var analyst = await Json("analyst", "/api/v1/search?q=pipeline");
        var contractor = await Json("contractor", "/api/v1/search?q=pipeline");

        Assert.Equal(4, boss.GetProperty("total").GetInt64());
        Assert.Equal(3, analyst.GetProperty("total").GetInt64());
        Assert.Equal(1, contractor.GetProperty("total").GetInt64());
        Assert.Equal(["08ALMATY100", "08ASTANA200", "08ASTANA210"], Ids(analyst));
        Assert.Equal(["08ALMATY100"], Ids(contractor));

        Assert.Equal(4, Facet(boss, "tags")["EPET"]);
        Assert.Equal(3, Facet(analyst, "tags")["EPET"]);
        Assert.Equal(1, Facet(contractor, "tags")["EPET"]);
        Assert.Contains("NODIS", Facet(boss, "captions").Keys);
        Assert.DoesNotContain("NODIS", Facet(analyst, "captions").Keys);
        Assert.DoesNotContain("NOFORN", Facet(contractor, "captions").Keys);
        Assert.DoesNotContain("TOP SECRET", Facet(analyst, "classifications").Keys);
        Assert.Equal(["UNCLASSIFIED"], Facet(contractor, "classifications").Keys);
        Assert.Equal(1, Facet(contractor, "months").Values.Sum());
    }

    [Fact]
    public async Task Snippets_carry_only_visible_text()
    {
        // "Moscow" is in 08ASTANA200's NOFORN paragraph and in 09MOSCOW400 (unclassified, but with other words).
        var contractor = await Json("contractor", "/api/v1/search?q=blamed");
        Assert.Equal(0, contractor.GetProperty("total").GetInt64());
        var analyst = await Json("analyst", "/api/v1/search?q=blamed");
        Assert.Contains("blamed", analyst.GetProperty("results")[0].GetProperty("snippet").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Cited_by_does_not_reveal_a_cable_the_reader_may_not_see()
    {
        var boss = await Json("boss", "/api/v1/cables/08ASTANA210/refs");
        var analyst = await Json("analyst", "/api/v1/cables/08ASTANA210/refs");
        Assert.Equal(["08STATE300"], boss.GetProperty("citedBy").EnumerateArray().Select(e => e.GetString()).ToList());
        Assert.Empty(analyst.GetProperty("citedBy").EnumerateArray());
        Assert.DoesNotContain("08STATE300", analyst.ToString());

        var contractorRefs = await Json("contractor", "/api/v1/cables/08ALMATY100/refs");
        Assert.Empty(contractorRefs.GetProperty("citedBy").EnumerateArray());
        Assert.Contains("08ASTANA200", (await Json("analyst", "/api/v1/cables/08ALMATY100/refs")).GetProperty("citedBy").ToString());

        var page = await Page("analyst", "/cables/08ASTANA210");
        Assert.DoesNotContain("08STATE300", page);
        Assert.Contains("08STATE300", await Page("boss", "/cables/08ASTANA210"));
        Assert.DoesNotContain("08ASTANA200", await Page("contractor", "/cables/08ALMATY100"));
    }

    [Fact]
    public async Task Reference_graph_shows_only_visible_neighbours()
    {
        Assert.Contains("08STATE300", await Page("boss", "/cables/08ASTANA210/graph"));
        var analyst = await Page("analyst", "/cables/08ASTANA210/graph");
        Assert.Contains("08ASTANA200", analyst);
        Assert.DoesNotContain("08STATE300", analyst);
        Assert.DoesNotContain("CASPIAN ENERGY DIPLOMACY", analyst);
    }

    [Theory]
    [InlineData("/api/v1/stats?by=classification")]
    [InlineData("/api/v1/stats?by=caption")]
    [InlineData("/api/v1/tags")]
    [InlineData("/api/v1/stations")]
    public async Task Statistics_tags_and_stations_count_only_visible_cables(string url)
    {
        var boss = (await Json("boss", url)).ToString();
        var contractor = (await Json("contractor", url)).ToString();
        Assert.NotEqual(boss, contractor);
        Assert.DoesNotContain("TOP SECRET", contractor);
        Assert.DoesNotContain("NODIS", contractor);
    }

    [Fact]
    public async Task Station_counts_differ_by_clearance()
    {
        static long Astana(JsonElement rows) => rows.EnumerateArray().Single(r => r.GetProperty("station").GetString() == "ASTANA").GetProperty("count").GetInt64();
        Assert.Equal(3, Astana(await Json("analyst", "/api/v1/stations")));
        Assert.Equal(1, Astana(await Json("contractor", "/api/v1/stations")));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=pipeline")]
    [InlineData("/browse/tags")]
    [InlineData("/browse/origins")]
    [InlineData("/browse/months")]
    [InlineData("/stats?by=classification")]
    public async Task Pages_show_different_archives_to_different_clearances(string url)
    {
        var boss = await Page("boss", url);
        var contractor = await Page("contractor", url);
        Assert.NotEqual(boss.Replace("boss", "contractor"), contractor);
        Assert.DoesNotContain("08ASTANA210", contractor);
        Assert.DoesNotContain("08STATE300", contractor);
        Assert.DoesNotContain("CASPIAN ENERGY DIPLOMACY", contractor);
    }

    [Fact]
    public async Task Search_page_counts_follow_the_reader()
    {
        var analyst = await Page("analyst", "/search?q=pipeline");
        var contractor = await Page("contractor", "/search?q=pipeline");
        Assert.Contains("08ASTANA210", analyst);
        Assert.DoesNotContain("08STATE300", analyst);
        Assert.Contains("08ALMATY100", contractor);
        Assert.DoesNotContain("08ASTANA200", contractor);
    }

    [Theory]
    [InlineData("/api/v1/cables/{0}")]
    [InlineData("/api/v1/cables/{0}/raw")]
    [InlineData("/api/v1/cables/{0}/refs")]
    [InlineData("/api/v1/cables/{0}/versions")]
    [InlineData("/cables/{0}")]
    [InlineData("/cables/{0}/graph")]
    [InlineData("/cables/{0}/diff")]
    public async Task An_invisible_cable_is_a_404_identical_to_an_absent_one(string pattern)
    {
        var client = await site.WithTokenAsync("contractor");
        var hidden = await client.GetAsync(string.Format(pattern, "08ASTANA210"), Ct);
        var absent = await client.GetAsync(string.Format(pattern, "08ASTANA219"), Ct);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, absent.StatusCode);
        Assert.Equal(absent.Content.Headers.ContentType?.ToString(), hidden.Content.Headers.ContentType?.ToString());
        var hiddenBody = (await hidden.Content.ReadAsStringAsync(Ct)).Replace("08ASTANA210", "ID");
        var absentBody = (await absent.Content.ReadAsStringAsync(Ct)).Replace("08ASTANA219", "ID");
        Assert.Equal(absentBody, StripTrace(hiddenBody, absentBody));
        Assert.Equal(absent.Headers.Select(h => h.Key).Order(), hidden.Headers.Select(h => h.Key).Order());
    }

    [Theory]
    [InlineData("/api/v1/cables/08ASTANA210/raw")]
    [InlineData("/api/v1/cables/08ASTANA210/versions")]
    [InlineData("/cables/08ASTANA210/diff")]
    [InlineData("/cables/08ASTANA210/graph")]
    public async Task Raw_versions_diff_and_graph_open_for_the_cleared_reader_only(string url)
    {
        Assert.Contains("PIPELINE", await Page("analyst", url), StringComparison.OrdinalIgnoreCase);
        await Page("contractor", url, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_visible_cable_reads_for_the_cleared_reader()
    {
        var json = await Json("analyst", "/api/v1/cables/08ASTANA210");
        Assert.Equal("08ASTANA210", json.GetProperty("referenceId").GetString());
        Assert.Equal(2, json.GetProperty("versions").GetInt32());
    }

    [Fact]
    public async Task Every_read_is_in_the_audit_log_with_the_reader()
    {
        var client = await site.WithTokenAsync("analyst");
        await client.GetAsync("/api/v1/cables/08ALMATY100", Ct);
        var reads = await site.Store.Audit.QueryAsync(new Archive.Security.AuditQuery("analyst", Actions: [Archive.Security.AuditAction.Read]), Ct);
        Assert.Contains(reads, r => r.Event.Target == "08ALMATY100");
    }

    // Problem details carry a per-request traceId; everything else must be the same.
    private static string StripTrace(string hidden, string absent)
    {
        var traceAt = hidden.IndexOf("\"traceId\"", StringComparison.Ordinal);
        var absentAt = absent.IndexOf("\"traceId\"", StringComparison.Ordinal);
        return traceAt < 0 || absentAt < 0 ? hidden : hidden[..traceAt] + absent[absentAt..];
    }
}
