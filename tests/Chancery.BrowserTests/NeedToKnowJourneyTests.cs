using Chancery.Archive.Security;
using Chancery.Cables;
using Microsoft.Playwright;

namespace Chancery.BrowserTests;

/// <summary>
/// Two readers of different clearances sign in through the login page and look at the same cable and the same search;
/// an administrator looks at the audit log. Screenshots under screenshots/ntk-*.
/// </summary>
public sealed class NeedToKnowJourneyTests(NeedToKnowBrowserSite site) : IClassFixture<NeedToKnowBrowserSite>
{
    private static async Task SignInAsync(IPage page, string name)
    {
        await page.GotoAsync("/cables/08ALMATY100");
        Assert.EndsWith("/login?returnUrl=%2Fcables%2F08ALMATY100", page.Url);
        await page.FillAsync("#login-name", name);
        await page.FillAsync("#login-password", NeedToKnowBrowserSite.Password);
        await page.ClickAsync("form.stacked button[type=submit]");
        await page.WaitForURLAsync("**/cables/08ALMATY100", BrowserSite.Parsed);
        Assert.Equal(name, await page.InnerTextAsync(".who-name"));
    }

    [Fact]
    public async Task Two_clearances_see_the_same_cable_and_search_differently()
    {
        var login = await site.NewPageAsync();
        await login.GotoAsync("/login");
        await BrowserSite.ShotAsync(login, "ntk-00-login");

        var analyst = await site.NewPageAsync();
        await SignInAsync(analyst, "analyst");
        Assert.Contains("08ASTANA200", await analyst.InnerTextAsync("#cited-h + ul"));
        await BrowserSite.ShotAsync(analyst, "ntk-01-cable-as-analyst");

        var contractor = await site.NewPageAsync();
        await SignInAsync(contractor, "contractor");
        Assert.Contains("No cable in the archive cites this one.", await contractor.InnerTextAsync(".cable-side"));
        await BrowserSite.ShotAsync(contractor, "ntk-02-cable-as-contractor");

        await analyst.GotoAsync("/search?q=pipeline");
        Assert.Equal("3 cables", await analyst.InnerTextAsync("#results-heading"));
        await BrowserSite.ShotAsync(analyst, "ntk-03-search-as-analyst");
        await contractor.GotoAsync("/search?q=pipeline");
        Assert.Equal("1 cable", await contractor.InnerTextAsync("#results-heading"));
        await BrowserSite.ShotAsync(contractor, "ntk-04-search-as-contractor");

        var hidden = await contractor.GotoAsync("/cables/08ASTANA210");
        Assert.Equal(404, hidden!.Status);

        // Sign out with the header's button.
        await contractor.GotoAsync("/");
        await contractor.ClickAsync(".who button");
        await contractor.WaitForURLAsync("**/login", BrowserSite.Parsed);
        Assert.Equal(0, await contractor.Locator(".who-name").CountAsync());
    }

    [Fact]
    public async Task An_administrator_reads_the_audit_log()
    {
        var reader = await site.NewPageAsync();
        await SignInAsync(reader, "analyst");
        var boss = await site.NewPageAsync();
        await SignInAsync(boss, "boss");
        await boss.GotoAsync("/admin/audit?user=analyst");
        Assert.Contains("Hash chain intact", await boss.InnerTextAsync("main"));
        Assert.True(await boss.Locator("table.audit tbody tr").CountAsync() > 0);
        await BrowserSite.ShotAsync(boss, "ntk-05-admin-audit");
        await boss.GotoAsync("/admin/users");
        await BrowserSite.ShotAsync(boss, "ntk-06-admin-users");

        var forbidden = await reader.GotoAsync("/admin/users");
        Assert.Equal(403, forbidden!.Status);
    }
}

/// <summary>How a portion-release reader sees a cable with a withheld paragraph and a declassification notice.</summary>
public sealed class WithheldPortionBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task A_withheld_paragraph_stands_in_its_place()
    {
        var page = await site.NewPageAsync();
        site.Store.Releases["08ASTANA210"] = new ReleaseInfo([new WithheldPortion(1, 2, Classification.Secret, true)],
            new Declassification(new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero), "keeper", "FOIA request 2026-0042, paragraphs 1 and 3", false));
        await page.GotoAsync("/cables/08ASTANA210");
        Assert.Equal("Paragraph 2 withheld (S//NF)", (await page.InnerTextAsync(".para.withheld")).Trim());
        await BrowserSite.ShotAsync(page, "ntk-07-withheld-paragraph");
    }
}
