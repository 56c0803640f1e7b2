using Microsoft.Playwright;

namespace Chancery.BrowserTests;

/// <summary>An archivist opens the comm centre (desktop and phone) and releases a cable from it. Screenshots under screenshots/comm-*.</summary>
public sealed class CommCentreJourneyTests(CommCentreBrowserSite site) : IClassFixture<CommCentreBrowserSite>
{
    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/comm-centre");
        Assert.EndsWith("/login?returnUrl=%2Fcomm-centre", page.Url);
        await page.FillAsync("#login-name", "keeper");
        await page.FillAsync("#login-password", CommCentreBrowserSite.Password);
        await page.ClickAsync("form.stacked button[type=submit]");
        await page.WaitForURLAsync("**/comm-centre", BrowserSite.Parsed);
    }

    [Fact]
    public async Task An_archivist_watches_the_station_and_releases_a_cable()
    {
        var page = await site.NewPageAsync();
        await SignInAsync(page);
        Assert.Equal("Comm centre", await page.InnerTextAsync("header.site nav a[aria-current=page]"));
        Assert.Contains("RUEHAST", await page.InnerTextAsync("h1"));
        Assert.Equal(["UP", "DOWN"], await page.Locator(".link-card .state").AllInnerTextsAsync());
        Assert.Contains("RUEHZZZ", await page.InnerTextAsync("#held-h + p + .table-wrap"));
        var lanes = await page.Locator("table.lanes tbody tr td.num").AllInnerTextsAsync();
        Assert.Equal(["1", "3", "5", "12"], lanes);
        await BrowserSite.ShotAsync(page, "comm-01-desktop");

        await page.FillAsync("#release-text", CommCentreBrowserSite.Cable(990, Chancery.Cables.Precedence.Flash, "RUEHC", "RUEHAST"));
        await page.ClickAsync(".release button[type=submit]");
        await page.WaitForURLAsync("**/comm-centre?handler=Release", BrowserSite.Parsed);
        Assert.Contains("26ASTANA990: released as RUEHAST #0990/01", await page.InnerTextAsync(".release-outcomes"));
        await BrowserSite.ShotAsync(page, "comm-02-released");

        var phone = await site.NewPageAsync(phone: true);
        await SignInAsync(phone);
        var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the page is {width} px wide on a 390 px phone");
        await BrowserSite.ShotAsync(phone, "comm-03-phone");
    }
}
