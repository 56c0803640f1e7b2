using System.Text.RegularExpressions;
using Chancery.Archive.Query;
using Microsoft.Playwright;

namespace Chancery.BrowserTests;

/// <summary>
/// A reader's path through the site in a real browser, without JavaScript: search, refine by a facet, open a cable,
/// follow a reference, view a diff, view the graph. Each step saves a screenshot under screenshots/.
/// </summary>
public sealed partial class JourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private static bool ParserLanded => !QueryParser.Parse("(oil").Succeeded;

    [Fact]
    public async Task Search_refine_open_follow_diff_and_graph()
    {
        var page = await site.NewPageAsync();

        await page.GotoAsync("/");
        await BrowserSite.ShotAsync(page, "00-home");
        await page.FillAsync("#home-q", "pipeline");
        await page.PressAsync("#home-q", "Enter");
        await page.WaitForURLAsync(SearchUrl(), BrowserSite.Parsed);
        Assert.Equal("4 cables", await page.InnerTextAsync("#results-heading"));
        Assert.Equal(4, await page.Locator("ol.hits > li").CountAsync());
        await BrowserSite.ShotAsync(page, "01-search");

        // Refine by the TAGS facet.
        await page.Locator("aside.facets a", new() { HasText = "PREL" }).First.ClickAsync();
        await page.WaitForURLAsync(RefinedUrl(), BrowserSite.Parsed);
        if (ParserLanded)
            Assert.Equal("3 cables", await page.InnerTextAsync("#results-heading"));
        await BrowserSite.ShotAsync(page, "02-refined");

        // Open a cable.
        await page.GotoAsync("/search?q=pipeline&sort=-date");
        await page.Locator("ol.hits a.ref-id", new() { HasText = "08ASTANA210" }).ClickAsync();
        await page.WaitForURLAsync("**/cables/08ASTANA210", BrowserSite.Parsed);
        Assert.Equal(2, await page.Locator(".banner.cl-s").CountAsync());
        Assert.Contains("PIPELINE TARIFF DEAL CLOSE", await page.InnerTextAsync("h1"));
        await BrowserSite.ShotAsync(page, "03-cable");

        // Follow a reference.
        await page.Locator(".ref-list a", new() { HasText = "ASTANA 200" }).ClickAsync();
        await page.WaitForURLAsync("**/cables/08ASTANA200", BrowserSite.Parsed);
        Assert.Equal(2, await page.Locator(".banner.cl-c").CountAsync());
        await BrowserSite.ShotAsync(page, "04-reference");

        // Back through "cited by" to the cable with two versions, and its diff.
        await page.Locator(".link-list a", new() { HasText = "08ASTANA210" }).ClickAsync();
        await page.WaitForURLAsync("**/cables/08ASTANA210", BrowserSite.Parsed);
        await page.Locator(".cable-tools a", new() { HasText = "Changes in version 2" }).ClickAsync();
        await page.WaitForURLAsync("**/cables/08ASTANA210/diff?from=1&to=2", BrowserSite.Parsed);
        Assert.True(await page.Locator(".dl.add").CountAsync() > 0);
        Assert.True(await page.Locator(".dl.del").CountAsync() > 0);
        await BrowserSite.ShotAsync(page, "05-diff");

        // The reference graph, and a click on one of its nodes.
        await page.Locator(".crumbs a").ClickAsync();
        await page.Locator(".cable-tools a", new() { HasText = "Reference graph" }).ClickAsync();
        await page.WaitForURLAsync("**/cables/08ASTANA210/graph", BrowserSite.Parsed);
        Assert.Equal(5, await page.Locator("svg.graph g.node").CountAsync());
        await BrowserSite.ShotAsync(page, "06-graph");
        await page.Locator("svg.graph a[href='/cables/08STATE300/graph']").ClickAsync();
        await page.WaitForURLAsync("**/cables/08STATE300/graph", BrowserSite.Parsed);
        Assert.Contains("08STATE300", await page.InnerTextAsync("h1"));
    }

    [Fact]
    public async Task Histogram_bar_filters_to_its_month()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/search?q=pipeline");
        await page.Locator("svg.histogram a[aria-label^='2008-02']").ClickAsync();
        await page.WaitForURLAsync(MonthUrl(), BrowserSite.Parsed);
        if (ParserLanded)
            Assert.Equal("1 cable", await page.InnerTextAsync("#results-heading"));
    }

    [Fact]
    public async Task Pages_fit_a_phone()
    {
        var page = await site.NewPageAsync(phone: true);
        foreach (var (url, name) in new[] { ("/cables/08ASTANA210", "07-phone-cable"), ("/search?q=pipeline", "08-phone-search"), ("/", "09-phone-home") })
        {
            await page.GotoAsync(url);
            var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
            Assert.False(overflow, url + " scrolls sideways on a phone");
            await BrowserSite.ShotAsync(page, name);
        }
    }

    [Fact]
    public async Task Browse_and_statistics_pages_draw_their_tables_and_charts()
    {
        var page = await site.NewPageAsync();
        foreach (var (url, name, selector) in new[]
                 {
                     ("/browse/tags", "11-browse-tags", "table.data"), ("/browse/origins", "12-browse-origins", "table.data"),
                     ("/browse/months", "13-browse-months", "svg.histogram"), ("/stats?by=origin", "14-stats", "svg.bars"),
                     ("/search?q=&sort=date", "15-search-paged", "nav.pager"),
                 })
        {
            await page.GotoAsync(url);
            Assert.True(await page.Locator(selector).CountAsync() > 0, url + " lacks " + selector);
            await BrowserSite.ShotAsync(page, name);
        }
    }

    [Fact]
    public async Task Keyboard_reaches_the_content_and_the_results()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/search?q=pipeline");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main", page.Url);
        // Tabbing on from the content reaches the first result link.
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var href = await page.EvaluateAsync<string?>("document.activeElement.getAttribute('href')");
            if (href is not null && href.StartsWith("/cables/", StringComparison.Ordinal)) return;
        }
        Assert.Fail("no result link reached with Tab");
    }

    [Fact]
    public async Task Hostile_cable_text_stays_text_in_the_browser()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/cables/09ASTANA666");
        Assert.Equal(0, await page.Locator(".cable-text img").CountAsync());
        Assert.Equal(0, await page.Locator("script").CountAsync());
        Assert.Contains("<script>alert('pwned')</script>", await page.InnerTextAsync("h1"));
        Assert.Contains("⟨U+202E⟩", await page.InnerTextAsync(".paragraphs"));
        await BrowserSite.ShotAsync(page, "10-hostile-cable");
    }

    [GeneratedRegex(@"/search\?q=pipeline$")]
    private static partial Regex SearchUrl();

    [GeneratedRegex(@"/search\?q=pipeline%20tag%3APREL$")]
    private static partial Regex RefinedUrl();

    [GeneratedRegex(@"from%3A2008-02%20to%3A2008-02")]
    private static partial Regex MonthUrl();
}
