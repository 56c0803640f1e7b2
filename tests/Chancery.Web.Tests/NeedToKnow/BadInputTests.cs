using System.Net;
using System.Text.Json;
using Chancery.Web.Tests.Support;

namespace Chancery.Web.Tests.NeedToKnow;

/// <summary>Injection attempts and over-long input: refused with 4xx problem details, or answered with nothing extra.</summary>
public sealed class BadInputTests(NeedToKnowSite site) : IClassFixture<NeedToKnowSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("' OR 1=1 --")]
    [InlineData("pipeline'; DROP TABLE cables; --")]
    [InlineData("\" OR \"\"=\"")]
    [InlineData("pipeline) OR (class:\"TOP SECRET\"")]
    [InlineData("class:\"TOP SECRET\"")]
    [InlineData("caption:NODIS")]
    [InlineData("NEAR(pipeline tariff)")]
    [InlineData("pipeline OR *")]
    [InlineData("* OR NOT pipeline")]
    [InlineData("{cable_text} : pipeline")]
    [InlineData("pipeline\" OR level:4 OR \"")]
    [InlineData("id:08STATE300")]
    [InlineData("ref:08ASTANA210")]
    [InlineData("subject:(CASPIAN ENERGY)")]
    [InlineData("\0pipeline")]
    public async Task Injection_in_q_is_refused_or_returns_nothing_the_reader_may_not_see(string q)
    {
        var client = await site.WithTokenAsync("contractor");
        var response = await client.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(q), Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{q}: {(int)response.StatusCode} {body}");
        Assert.DoesNotContain("   at ", body);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            return;
        }
        var json = JsonDocument.Parse(body).RootElement;
        var visible = new[] { "08ALMATY100", "09MOSCOW400", "09ASTANA666" };
        foreach (var hit in json.GetProperty("results").EnumerateArray())
        {
            var id = hit.GetProperty("referenceId").GetString()!;
            Assert.True(visible.Contains(id) || id.StartsWith("07ANKARA", StringComparison.Ordinal), $"{q} leaked {id}");
            Assert.NotEqual("TOP SECRET", hit.GetProperty("classification").GetString());
            Assert.NotEqual("SECRET", hit.GetProperty("classification").GetString());
        }
        Assert.DoesNotContain("NODIS", body);
        Assert.DoesNotContain("NOFORN", body);
        // The archive still answers afterwards (nothing was dropped).
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/search?q=pipeline", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/search?q={0}")]
    [InlineData("/api/v1/stats?q={0}")]
    [InlineData("/api/v1/tags?q={0}")]
    [InlineData("/api/v1/cables/{0}")]
    [InlineData("/api/v1/cables/{0}/refs")]
    public async Task Over_long_input_is_a_4xx_problem(string pattern)
    {
        var client = await site.WithTokenAsync("analyst");
        var response = await client.GetAsync(string.Format(pattern, new string('a', 5000)), Ct);
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestUriTooLong, $"{(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Over_long_user_name_at_login_is_400_without_asking_the_archive()
    {
        var response = await NeedToKnowSite.LoginAsync(site.NewClient(), new string('n', 5000), "whatever password");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("User names are at most 64 characters", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Over_long_or_odd_audit_filters_are_400()
    {
        var boss = await site.WithTokenAsync("boss");
        Assert.Equal(HttpStatusCode.BadRequest, (await boss.GetAsync("/admin/audit?user=" + new string('u', 500), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await boss.GetAsync("/admin/audit?since=yesterday-ish", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await boss.GetAsync("/admin/audit?action=Drop", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await boss.GetAsync("/admin/audit?page=100000", Ct)).StatusCode);
    }
}
