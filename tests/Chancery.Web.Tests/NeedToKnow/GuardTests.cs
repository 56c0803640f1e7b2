using System.Net;
using System.Text.Json;
using Chancery.Archive.Security;
using Chancery.Cables;
using Chancery.Web.Tests.Support;

namespace Chancery.Web.Tests.NeedToKnow;

/// <summary>The exfiltration guard's refusal as the API and the pages show it, and as administrators see it.</summary>
public sealed class GuardTests(NeedToKnowSite site) : IClassFixture<NeedToKnowSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reads_over_the_limit_are_429_with_the_guards_message_and_administrators_see_it()
    {
        await site.AddAsync("bulk", Classification.Secret, noForn: true);
        await site.Store.Users.UpdateAsync("bulk", new UserChanges(ReadLimitPerHour: 3), Ct);
        var client = await site.WithTokenAsync("bulk");
        var ids = new[] { "08ALMATY100", "08ASTANA200", "09MOSCOW400", "07ANKARA1" };
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/cables/" + ids[i], Ct)).StatusCode);

        var refused = await client.GetAsync("/api/v1/cables/" + ids[3], Ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Ct)).RootElement;
        var message = problem.GetProperty("detail").GetString()!;
        Assert.Contains("hour", message);
        Assert.DoesNotContain("ANKARA", problem.ToString()); // the refused cable is not shown

        var page = await client.GetAsync("/cables/" + ids[3], Ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Read limit reached", html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(message), html);
        Assert.DoesNotContain("WEEKLY ECONOMIC REPORT", html);

        var boss = await site.SignedInAsync("boss");
        var alerts = await boss.GetStringAsync("/admin/alerts", Ct);
        Assert.Contains(">bulk</a>", alerts);
        var denied = await site.Store.Audit.QueryAsync(new AuditQuery("bulk", Actions: [AuditAction.Denied]), Ct);
        Assert.NotEmpty(denied);
    }

    [Fact]
    public async Task A_normal_reader_is_not_disturbed()
    {
        var client = await site.WithTokenAsync("analyst");
        for (var i = 1; i <= 10; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/cables/07ANKARA{i}", Ct)).StatusCode);
    }
}
