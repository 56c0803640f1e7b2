using System.Net;
using Chancery.Archive.Query;
using Chancery.Web.Tests.Support;

namespace Chancery.Web.Tests;

public sealed class PagesTests(ArchiveSite site) : IClassFixture<ArchiveSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> GetHtml(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await site.Client.GetAsync(url, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(expected == response.StatusCode, $"{url}: {(int)response.StatusCode} {body[..Math.Min(400, body.Length)]}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search")]
    [InlineData("/browse")]
    [InlineData("/browse/tags")]
    [InlineData("/browse/tags?all=true")]
    [InlineData("/browse/origins")]
    [InlineData("/browse/origins?sort=name")]
    [InlineData("/browse/months")]
    [InlineData("/stats")]
    [InlineData("/stats?by=origin")]
    [InlineData("/stats?by=tag")]
    [InlineData("/help")]
    public async Task Every_page_renders_with_the_style_sheet(string url)
    {
        var html = await GetHtml(url);
        Assert.Contains("/assets/site.css", html);
        Assert.Contains("<main id=\"main\"", html);
    }

    [Fact]
    public async Task Style_sheet_is_served_from_the_assembly()
    {
        var response = await site.Client.GetAsync("/assets/site.css", Ct);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("--cl-s: #c8102e", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync("/assets/nothing.css", Ct)).StatusCode);
    }

    [Fact]
    public async Task Search_page_shows_highlighted_results_and_facets_that_refine()
    {
        var html = await GetHtml("/search?q=pipeline");
        Assert.Contains("4 cables", html);
        Assert.Contains("href=\"/cables/08ASTANA200\"", html);
        Assert.Contains("<mark>pipeline</mark>", html, StringComparison.OrdinalIgnoreCase);
        // Facet and chip links add their filter to the query.
        Assert.Contains("href=\"/search?q=pipeline%20tag%3AEPET\"", html);
        Assert.Contains("href=\"/search?q=pipeline%20origin%3AASTANA\"", html);
        Assert.Contains("href=\"/search?q=pipeline%20class%3ACONFIDENTIAL\"", html);
        // The month histogram's bars are links restricting the query to their month.
        Assert.Contains("<svg", html);
        Assert.Contains("href=\"/search?q=pipeline%20from%3A2008-01%20to%3A2008-01\"", html);
    }

    [Fact]
    public async Task Search_page_pages_and_keeps_the_sort_in_its_links()
    {
        var html = await GetHtml("/search?q=&sort=date&page=2");
        Assert.Contains("36 cables", html);
        Assert.Contains("rel=\"prev\" href=\"/search?q=&amp;sort=date\"", html);
        Assert.Contains("<a href=\"/search?q=&amp;sort=date\">1</a>", html);
        Assert.Contains("<span aria-current=\"page\">2</span>", html);
    }

    [Fact]
    public async Task Search_page_refuses_bad_input_with_400()
    {
        var html = await GetHtml("/search?q=" + new string('x', 1001), HttpStatusCode.BadRequest);
        Assert.Contains("could not be run", html);
        await GetHtml("/search?q=oil&pageSize=500", HttpStatusCode.BadRequest);
        await GetHtml("/search?q=oil&sort=bogus", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Search_page_shows_where_a_query_is_wrong()
    {
        if (QueryParser.Parse("(oil").Succeeded) Assert.Skip("the query parser is still the placeholder (helper/query not merged)");
        var html = await GetHtml("/search?q=%28oil", HttpStatusCode.BadRequest);
        Assert.Contains("position", html);
        Assert.Contains("class=\"caret\"", html);
    }

    [Fact]
    public async Task Cable_page_shows_banners_marks_envelope_tags_and_references()
    {
        var html = await GetHtml("/cables/08ASTANA210");
        // Banner at top and bottom, red for SECRET, with the dissemination caption.
        Assert.Equal(2, Count(html, "<div class=\"banner cl-s\""));
        Assert.Contains("SECRET//NOFORN</div>", html);
        // Portion marks per paragraph, coloured by their own level.
        Assert.Contains("class=\"portion cl-s\" title=\"portion marked S/NF\">(S/NF)</span>", html);
        Assert.Contains("class=\"portion cl-c\"", html);
        // TAGS link to searches and carry their meaning.
        Assert.Contains("href=\"/search?q=tag%3AEPET\"", html);
        Assert.Contains("petroleum", html, StringComparison.OrdinalIgnoreCase);
        // REF: a cited cable in the archive is a link; one that is not says so.
        Assert.Contains("<a href=\"/cables/08ASTANA200\">ASTANA 200</a>", html);
        Assert.Contains("07ASTANA999 · not in the archive", html);
        // Cited by, versions with a diff, raw and JSON.
        Assert.Contains("<a href=\"/cables/08STATE300\">08STATE300</a>", html);
        Assert.Contains("href=\"/cables/08ASTANA210/diff?from=1&amp;to=2\"", html);
        Assert.Contains("href=\"/api/v1/cables/08ASTANA210/raw\"", html);
        Assert.Contains("href=\"/api/v1/cables/08ASTANA210\"", html);
        // Envelope: precedence, addressees with their stations.
        Assert.Contains("IMMEDIATE", html);
        Assert.Contains("<code class=\"ri\">RUEHC</code>", html);
        Assert.Contains("Embassy Moscow", html);
    }

    [Theory]
    [InlineData("08ALMATY100", "cl-u", "UNCLASSIFIED")]
    [InlineData("08ASTANA200", "cl-c", "CONFIDENTIAL//NOFORN")]
    [InlineData("08STATE300", "cl-ts", "TOP SECRET//NODIS")]
    public async Task Banner_colour_follows_the_level(string id, string cssClass, string banner)
    {
        var html = await GetHtml("/cables/" + id);
        Assert.Contains($"<div class=\"banner {cssClass}\" role=\"note\" aria-label=\"Classification (top)\">{banner}</div>", html);
    }

    [Fact]
    public async Task Diff_page_shows_added_and_removed_lines()
    {
        var html = await GetHtml("/cables/08ASTANA210/diff?from=1&to=2");
        Assert.Contains("class=\"dl del\"", html);
        Assert.Contains("class=\"dl add\"", html);
        Assert.Contains("MARCH", html);
        Assert.Contains("FEBRUARY", html);
        await GetHtml("/cables/08ASTANA210/diff?from=1&to=9", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Graph_page_draws_clickable_nodes_both_ways()
    {
        var html = await GetHtml("/cables/08ASTANA210/graph");
        Assert.Contains("<svg", html);
        Assert.Contains("href=\"/cables/08ASTANA200/graph\"", html); // cites
        Assert.Contains("href=\"/cables/08ALMATY100/graph\"", html); // two steps back
        Assert.Contains("href=\"/cables/08STATE300/graph\"", html);  // cited by
        Assert.Contains("href=\"/search?q=ref%3A07ASTANA999\"", html); // dangling: the cables citing it
    }

    [Theory]
    [InlineData("/cables/99NOWHERE1")]
    [InlineData("/cables/99NOWHERE1/graph")]
    [InlineData("/cables/99NOWHERE1/diff")]
    [InlineData("/no-such-page")]
    public async Task Missing_things_are_404_pages(string url)
    {
        var html = await GetHtml(url, HttpStatusCode.NotFound);
        Assert.Contains("404", html);
    }

    [Fact]
    public async Task Browse_pages_list_tags_with_meaning_origins_with_names_and_months()
    {
        var tags = await GetHtml("/browse/tags");
        Assert.Contains("href=\"/search?q=tag%3AEAGR\"", tags);
        Assert.Contains("agricultur", tags, StringComparison.OrdinalIgnoreCase);
        var origins = await GetHtml("/browse/origins");
        Assert.Contains("Embassy Ankara", origins);
        Assert.Contains(">30<", origins);
        var months = await GetHtml("/browse/months");
        Assert.Contains("href=\"/search?q=from%3A2009-06%20to%3A2009-06&amp;sort=date\"", months);
    }

    [Fact]
    public async Task Pages_run_no_script_and_say_so_to_the_browser()
    {
        var response = await site.Client.GetAsync("/cables/08ASTANA210", Ct);
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy);
        Assert.DoesNotContain("script-src", policy);
        Assert.DoesNotContain("<script", await response.Content.ReadAsStringAsync(Ct));
    }

    private static int Count(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
