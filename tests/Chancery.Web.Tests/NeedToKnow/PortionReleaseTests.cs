using System.Net;
using System.Text.Json;
using Chancery.Archive.Security;
using Chancery.Cables;
using Chancery.Web.Tests.Support;

namespace Chancery.Web.Tests.NeedToKnow;

/// <summary>Portion release through the real store: the page and the API show released paragraphs and mark the rest.</summary>
public sealed class PortionReleaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_confidential_reader_sees_the_confidential_paragraph_of_a_secret_cable_and_the_rest_marked_withheld()
    {
        var site = new NeedToKnowSite();
        await site.InitializeAsync();
        await using var _ = site;
        await site.Store.SetPolicyAsync(new AccessPolicy(ReleaseMode.PortionRelease), Ct);
        await site.AddAsync("cnf", Classification.Confidential, noForn: true);
        var reader = await site.SignedInAsync("cnf");

        var page = await reader.GetAsync("/cables/" + TestArchive.TwoVersions, Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Embassy will follow up with the Ministry of Energy.", html);
        Assert.Contains("Paragraph 1 withheld (S//NF)", html);
        Assert.Contains("Paragraph 2 withheld (S//NF)", html);
        Assert.DoesNotContain("tariff agreement", html);
        Assert.DoesNotContain("concede on transit fees", html);

        var api = await site.WithTokenAsync("cnf");
        var json = JsonDocument.Parse(await api.GetStringAsync("/api/v1/cables/" + TestArchive.TwoVersions, Ct)).RootElement;
        Assert.Equal([1, 2], json.GetProperty("withheld").EnumerateArray()
            .Where(w => w.GetProperty("paragraph").ValueKind == JsonValueKind.Number)
            .Select(w => w.GetProperty("paragraph").GetInt32()));
        Assert.DoesNotContain("tariff agreement", json.GetRawText());

        // Words of withheld paragraphs find nothing; the released one finds the cable.
        Assert.Equal(0, Total(await api.GetStringAsync("/api/v1/search?q=concede", Ct)));
        Assert.Equal(1, Total(await api.GetStringAsync("/api/v1/search?q=%22follow+up%22+origin:ASTANA", Ct)));
    }

    private static long Total(string json) => JsonDocument.Parse(json).RootElement.GetProperty("total").GetInt64();
}
