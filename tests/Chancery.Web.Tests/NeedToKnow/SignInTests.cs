using System.Net;
using System.Text.Json;
using Chancery.Archive.Security;
using Chancery.Cables;
using Chancery.Web.Tests.Support;

namespace Chancery.Web.Tests.NeedToKnow;

/// <summary>Login, logout, lockout, anti-forgery and bearer tokens over an archive with users.</summary>
public sealed class SignInTests(NeedToKnowSite site) : IClassFixture<NeedToKnowSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> Body(HttpResponseMessage response) => await response.Content.ReadAsStringAsync(Ct);

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=pipeline")]
    [InlineData("/cables/08ALMATY100")]
    [InlineData("/browse/tags")]
    [InlineData("/stats")]
    [InlineData("/admin/users")]
    public async Task Pages_send_a_stranger_to_the_login_page(string url)
    {
        var response = await site.Anonymous.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?returnUrl=" + Uri.EscapeDataString(url), response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/api/v1/search?q=pipeline")]
    [InlineData("/api/v1/cables/08ALMATY100")]
    [InlineData("/api/v1/cables/08ALMATY100/raw")]
    [InlineData("/api/v1/cables/08ALMATY100/refs")]
    [InlineData("/api/v1/cables/08ALMATY100/versions")]
    [InlineData("/api/v1/stats")]
    [InlineData("/api/v1/tags")]
    [InlineData("/api/v1/stations")]
    public async Task Api_refuses_a_stranger_with_401_problem_details(string url)
    {
        var response = await site.Anonymous.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.DoesNotContain("PIPELINE", await Body(response), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/login")]
    [InlineData("/health")]
    [InlineData("/assets/site.css")]
    [InlineData("/openapi/v1.json")]
    public async Task Login_health_assets_and_the_api_description_are_open(string url) =>
        Assert.Equal(HttpStatusCode.OK, (await site.Anonymous.GetAsync(url, Ct)).StatusCode);

    [Fact]
    public async Task The_api_description_documents_401_and_429()
    {
        var json = JsonDocument.Parse(await site.Anonymous.GetStringAsync("/openapi/v1.json", Ct)).RootElement;
        var responses = json.GetProperty("paths").GetProperty("/api/v1/cables/{referenceId}").GetProperty("get").GetProperty("responses");
        Assert.True(responses.TryGetProperty("401", out _));
        Assert.True(responses.TryGetProperty("429", out _));
        Assert.True(responses.TryGetProperty("404", out _));
    }

    [Fact]
    public async Task Health_does_not_tell_a_stranger_how_big_the_archive_is()
    {
        var json = JsonDocument.Parse(await site.Anonymous.GetStringAsync("/health", Ct)).RootElement;
        Assert.Equal("healthy", json.GetProperty("status").GetString());
        Assert.False(json.TryGetProperty("cables", out _));
        var boss = await site.SignedInAsync("boss");
        Assert.True(JsonDocument.Parse(await boss.GetStringAsync("/health", Ct)).RootElement.GetProperty("cables").GetInt64() > 30);
    }

    [Fact]
    public async Task Login_sets_a_cookie_that_shows_who_is_reading_and_logout_ends_it()
    {
        var client = site.NewClient();
        var login = await NeedToKnowSite.LoginAsync(client, "analyst", NeedToKnowSite.Password, "/search?q=pipeline");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/search?q=pipeline", login.Headers.Location?.OriginalString);
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("chancery.session=", StringComparison.Ordinal) && c.Contains("httponly") && c.Contains("samesite=strict"));

        var home = await client.GetStringAsync("/", Ct);
        Assert.Contains("<span class=\"who-name\">analyst</span>", home);
        Assert.Contains("SECRET", home);
        Assert.Contains("Sign out", home);

        var token = await NeedToKnowSite.FormTokenAsync(client, "/logout");
        var logout = await client.PostAsync("/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__csrf"] = token }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_return_url_off_the_site_is_ignored()
    {
        var login = await NeedToKnowSite.LoginAsync(site.NewClient(), "analyst", NeedToKnowSite.Password, "https://evil.example/");
        Assert.Equal("/", login.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_user_read_the_same()
    {
        var wrong = await NeedToKnowSite.LoginAsync(site.NewClient(), "analyst", "not the password");
        var unknown = await NeedToKnowSite.LoginAsync(site.NewClient(), "nobody-at-all", "not the password");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        var wrongBody = await Body(wrong);
        Assert.Contains("Wrong user name or password.", wrongBody);
        Assert.Equal(Alert(wrongBody), Alert(await Body(unknown)));
        Assert.DoesNotContain("Set-Cookie", wrong.Headers.Where(h => h.Value.Any(v => v.StartsWith("chancery.session=", StringComparison.Ordinal))).Select(h => h.Key));
    }

    [Fact]
    public async Task Repeated_failures_lock_a_name_whether_or_not_it_exists()
    {
        await site.AddAsync("locksmith", Classification.Unclassified, noForn: false);
        foreach (var name in new[] { "locksmith", "no-such-locksmith" })
        {
            var messages = new List<string>();
            for (var i = 0; i < UserRules.FailuresBeforeLockout; i++)
                messages.Add(Alert(await Body(await NeedToKnowSite.LoginAsync(site.NewClient(), name, "guess number " + i))));
            Assert.All(messages.SkipLast(1), m => Assert.Equal("Wrong user name or password.", m));
            Assert.StartsWith("Too many failed sign-ins for this name: try again in 15 minutes", messages[^1]);
            // Locked: even the right password is refused, with the same message.
            var right = await NeedToKnowSite.LoginAsync(site.NewClient(), name, NeedToKnowSite.Password);
            Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
            Assert.Equal(messages[^1], Alert(await Body(right)));
        }
        var failures = await site.Store.Audit.QueryAsync(new AuditQuery("locksmith", Actions: [AuditAction.LoginFailed]), Ct);
        Assert.Equal(UserRules.FailuresBeforeLockout + 1, failures.Count);
    }

    [Theory]
    [InlineData("/login")]
    [InlineData("/logout")]
    public async Task A_form_posted_without_its_anti_forgery_token_is_400(string url)
    {
        var client = await site.SignedInAsync("analyst");
        var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "analyst", ["Password"] = NeedToKnowSite.Password,
        }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/", Ct)).StatusCode); // still signed in
    }

    [Fact]
    public async Task A_token_from_another_session_is_refused()
    {
        var mallory = site.NewClient();
        var stolen = await NeedToKnowSite.FormTokenAsync(mallory, "/login");
        var victim = await site.SignedInAsync("analyst");
        var response = await victim.PostAsync("/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__csrf"] = stolen }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_bearer_token_opens_the_api_and_the_pages()
    {
        var client = await site.WithTokenAsync("analyst");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/search?q=pipeline", Ct)).StatusCode);
        var page = await client.GetAsync("/cables/08ALMATY100", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<span class=\"who-name\">analyst</span>", await Body(page));
    }

    [Theory]
    [InlineData("forged-token-that-was-never-issued")]
    [InlineData("")]
    [InlineData("x")]
    public async Task A_forged_token_is_401_for_the_api_and_the_login_page_for_pages(string token)
    {
        var client = site.NewClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + token);
        var api = await client.GetAsync("/api/v1/search?q=pipeline", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var page = await client.GetAsync("/search?q=pipeline", Ct);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", page.Headers.Location?.OriginalString);
        if (token.Length > 0)
            Assert.NotEmpty(await site.Store.Audit.QueryAsync(new AuditQuery(SignIn.Anonymous, Actions: [AuditAction.LoginFailed]), Ct));
    }

    [Fact]
    public async Task Basic_credentials_and_overlong_tokens_are_refused()
    {
        var basic = site.NewClient();
        basic.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Basic YW5hbHlzdDpwYXNz");
        Assert.Equal(HttpStatusCode.Unauthorized, (await basic.GetAsync("/api/v1/tags", Ct)).StatusCode);
        var huge = site.WithToken(new string('A', 100_000));
        Assert.Equal(HttpStatusCode.Unauthorized, (await huge.GetAsync("/api/v1/tags", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_revoked_token_stops_on_the_next_request()
    {
        var issued = await site.Store.Users.IssueTokenAsync("analyst", cancellationToken: Ct);
        var client = site.WithToken(issued.Token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/tags", Ct)).StatusCode);
        Assert.True(await site.Store.Users.RevokeTokenAsync(issued.Id, Ct));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/tags", Ct)).StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_401()
    {
        var client = await site.WithTokenAsync("analyst", TimeSpan.FromMilliseconds(1));
        await Task.Delay(50, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/tags", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_disabled_user_is_out_on_the_next_request_by_cookie_and_by_token()
    {
        await site.AddAsync("leaver", Classification.Secret, noForn: true);
        var browser = await site.SignedInAsync("leaver");
        var script = await site.WithTokenAsync("leaver");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/v1/tags", Ct)).StatusCode);

        await site.Store.Users.UpdateAsync("leaver", new UserChanges(Disabled: true), Ct);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/v1/tags", Ct)).StatusCode);
        var again = await NeedToKnowSite.LoginAsync(site.NewClient(), "leaver", NeedToKnowSite.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        Assert.Equal("Wrong user name or password.", Alert(await Body(again)));
    }

    [Fact]
    public async Task A_clearance_change_applies_on_the_next_request()
    {
        await site.AddAsync("mover", Classification.Secret, noForn: true);
        var client = await site.SignedInAsync("mover");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/cables/08ASTANA210", Ct)).StatusCode);
        await site.Store.Users.UpdateAsync("mover", new UserChanges(Clearance: Classification.Unclassified), Ct);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/cables/08ASTANA210", Ct)).StatusCode);
    }

    [Fact]
    public async Task Logins_are_audited_with_the_outcome()
    {
        await site.SignedInAsync("keeper");
        var logins = await site.Store.Audit.QueryAsync(new AuditQuery("keeper", Actions: [AuditAction.Login]), Ct);
        Assert.NotEmpty(logins);
    }

    private static string Alert(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "role=\"alert\">([^<]*)<");
        return match.Success ? System.Net.WebUtility.HtmlDecode(match.Groups[1].Value) : "(no alert)";
    }
}
