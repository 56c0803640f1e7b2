using System.Net;
using Chancery.Web.Tests.Support;

namespace Chancery.Web.Tests;

/// <summary>Cable text is untrusted: markup and invisible controls in a cable are shown as text, never obeyed.</summary>
public sealed class UntrustedTextTests(ArchiveSite site) : IClassFixture<ArchiveSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> Get(string url)
    {
        var response = await site.Client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    [Theory]
    [InlineData("/cables/" + TestArchive.Hostile)]
    [InlineData("/search?q=pwned")]
    [InlineData("/search?q=alert")]
    [InlineData("/cables/" + TestArchive.Hostile + "/graph")]
    [InlineData("/")]
    public async Task Markup_in_a_cable_is_shown_as_text(string url)
    {
        var html = await Get(url);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public async Task Cable_page_shows_the_body_markup_and_bidi_controls_visibly()
    {
        var html = await Get("/cables/" + TestArchive.Hostile);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", html);
        Assert.DoesNotContain("onerror=alert(2)>", html);
        // The right-to-left override would show "report\u202Efdp.exe" as "reportexe.pdf"; it is shown as a mark instead.
        Assert.DoesNotContain(TestArchive.RtlOverride, html);
        Assert.DoesNotContain("&#x202E;", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("report<span class=\"ctl\" title=\"invisible character\">⟨U+202E⟩</span>fdp.exe", html);
        Assert.Contains("⟨U+200B⟩", html);
    }

    [Fact]
    public async Task Raw_text_is_served_as_plain_text_the_browser_may_not_sniff()
    {
        var response = await site.Client.GetAsync($"/api/v1/cables/{TestArchive.Hostile}/raw", Ct);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", string.Join(',', response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains(TestArchive.ScriptText, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Json_escapes_nothing_it_need_not_but_stays_json()
    {
        var response = await site.Client.GetAsync($"/api/v1/cables/{TestArchive.Hostile}", Ct);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains(TestArchive.ScriptText, json.RootElement.GetProperty("subject").GetString());
    }
}
