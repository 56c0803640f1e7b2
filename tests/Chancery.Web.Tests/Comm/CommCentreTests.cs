using System.Net;
using System.Text.Json;
using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Cables;
using Chancery.Web.Tests.Support;

namespace Chancery.Web.Tests.Comm;

/// <summary>The comm-centre page and /api/v1/relay with a real station beside the site, linked to a second one.</summary>
public sealed class CommCentreTests(CommCentreSite site) : IClassFixture<CommCentreSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Principal Everything => Principal.Unrestricted;

    [Fact]
    public async Task Status_api_reports_the_station_its_link_up_and_its_lanes()
    {
        var keeper = await site.WithTokenAsync("keeper");
        var response = await keeper.GetAsync("/api/v1/relay/status", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var root = json.RootElement;
        Assert.Equal("RUEHAST", root.GetProperty("routingIndicator").GetString());
        Assert.Equal("USOFFICE ASTANA", root.GetProperty("address").GetString());
        var link = Assert.Single(root.GetProperty("links").EnumerateArray());
        Assert.Equal("washington", link.GetProperty("name").GetString());
        Assert.Equal("RUEHC", link.GetProperty("neighbor").GetString());
        Assert.Equal("AST", link.GetProperty("channel").GetString());
        Assert.True(link.GetProperty("up").GetBoolean());
        Assert.Equal(["FLASH", "IMMEDIATE", "PRIORITY", "ROUTINE"], root.GetProperty("lanes").EnumerateObject().Select(p => p.Name));
        foreach (var key in new[] { "delivered", "journaled", "unroutable", "oldestWaiting", "counters", "recentDeliveries" })
            Assert.True(root.TryGetProperty(key, out _), key);
        var speed = root.GetProperty("speedOfService");
        Assert.Equal(["FLASH", "IMMEDIATE", "PRIORITY", "ROUTINE"], speed.EnumerateObject().Select(p => p.Name));
        Assert.Equal(600, speed.GetProperty("FLASH").GetProperty("objectiveSeconds").GetDouble());
        Assert.Equal(6 * 3600, speed.GetProperty("ROUTINE").GetProperty("objectiveSeconds").GetDouble());
        Assert.Equal(0, speed.GetProperty("FLASH").GetProperty("waitingOverObjective").GetInt32());
    }

    [Fact]
    public async Task An_archivist_releases_a_cable_from_the_page_and_it_goes_out_comes_in_and_is_held_where_unroutable()
    {
        var keeper = await site.SignedInAsync("keeper");
        var before = site.Astana.GetStatus();
        var token = await CommCentreSite.FormTokenAsync(keeper);
        // To Washington (over the link), to Astana itself (delivered into the site's archive), and to a post no route reaches.
        var text = CommCentreSite.Cable(501, Precedence.Immediate, "RUEHC", "RUEHAST", "RUEHZZZ");
        var post = await keeper.PostAsync("/comm-centre?handler=Release", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ReleaseText"] = text, ["__csrf"] = token,
        }), Ct);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        var html = await post.Content.ReadAsStringAsync(Ct);
        Assert.Contains("26ASTANA501</span>:", html);
        Assert.Contains("released as", html);
        Assert.Contains("RUEHAST #0501/01", html);

        var audit = await site.Store.Audit.QueryAsync(new AuditQuery("keeper", Actions: [AuditAction.Release]), Ct);
        Assert.Contains(audit, e => e.Event.Target == "26ASTANA501" && e.Event.Detail == "through RUEHAST: released as RUEHAST #0501/01");

        await TestStations.WaitUntilAsync(() => site.Astana.GetStatus().Delivered > before.Delivered, "the local delivery");
        Assert.NotNull(await site.Store.GetCableAsync("26ASTANA501", Everything, Ct));
        await TestStations.WaitUntilAsync(() => site.HubArchive.GetCableAsync("26ASTANA501", Everything).Result is not null, "Washington's delivery");

        var page = await keeper.GetStringAsync("/comm-centre", Ct);
        Assert.Contains("RUEHZZZ", page);
        Assert.Contains("Held for an operator", page);
        Assert.Contains("Speed of service", page);
        Assert.Contains("href=\"/cables/26ASTANA501\"", page);
        Assert.Contains("RUEHAST #0501", page);
        Assert.Matches(@"AST \d{4}", page);

        var status = await (await site.WithTokenAsync("keeper")).GetStringAsync("/api/v1/relay/status", Ct);
        using var json = JsonDocument.Parse(status);
        Assert.Contains(json.RootElement.GetProperty("unroutable").EnumerateArray(),
            u => u.GetProperty("routingIndicator").GetString() == "RUEHZZZ" && u.GetProperty("referenceId").GetString() == "26ASTANA501");
        var link = json.RootElement.GetProperty("links")[0];
        Assert.True(link.GetProperty("lastSerialSent").GetInt32() >= 1);
        Assert.Contains(json.RootElement.GetProperty("recentDeliveries").EnumerateArray(),
            d => d.GetProperty("referenceId").GetString() == "26ASTANA501" && d.GetProperty("precedence").GetString() == "IMMEDIATE");
    }

    [Fact]
    public async Task The_release_form_without_the_anti_forgery_token_is_400_and_releases_nothing()
    {
        var boss = await site.SignedInAsync("boss");
        var journaled = site.Astana.GetStatus().Journaled;
        var post = await boss.PostAsync("/comm-centre?handler=Release", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ReleaseText"] = CommCentreSite.Cable(502, Precedence.Routine, "RUEHAST"),
        }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        await Task.Delay(200, Ct);
        Assert.Equal(journaled, site.Astana.GetStatus().Journaled);
        Assert.Null(await site.Store.GetCableAsync("26ASTANA502", Everything, Ct));
    }

    [Fact]
    public async Task A_text_without_a_cable_the_station_can_route_is_refused_with_the_reason()
    {
        var boss = await site.SignedInAsync("boss");
        var token = await CommCentreSite.FormTokenAsync(boss);
        var post = await boss.PostAsync("/comm-centre?handler=Release", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ReleaseText"] = "Dear Sir, this is not a telegram.", ["__csrf"] = token,
        }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        var html = await post.Content.ReadAsStringAsync(Ct);
        Assert.Contains("refused: no addressee has a routing indicator", html);
        Assert.Contains("Dear Sir, this is not a telegram.</textarea>", html);
    }

    [Theory]
    [InlineData("/comm-centre")]
    [InlineData("/api/v1/relay/status")]
    [InlineData("/api/v1/relay/delivered")]
    public async Task Archivists_and_administrators_may_look_readers_may_not(string url)
    {
        foreach (var name in new[] { "keeper", "boss" })
            Assert.Equal(HttpStatusCode.OK, (await (await site.SignedInAsync(name)).GetAsync(url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await site.SignedInAsync("analyst")).GetAsync(url, Ct)).StatusCode);
        var anonymous = await site.NewClient().GetAsync(url, Ct);
        if (url.StartsWith("/api", StringComparison.Ordinal))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await (await site.WithTokenAsync("analyst")).GetAsync(url, Ct)).StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.StartsWith("/login", anonymous.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task A_reader_cannot_release_even_with_a_valid_form_token()
    {
        var analyst = await site.SignedInAsync("analyst");
        var token = await NeedToKnowSite.FormTokenAsync(analyst, "/search");
        var journaled = site.Astana.GetStatus().Journaled;
        var post = await analyst.PostAsync("/comm-centre?handler=Release", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ReleaseText"] = CommCentreSite.Cable(503, Precedence.Routine, "RUEHAST"), ["__csrf"] = token,
        }), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(journaled, site.Astana.GetStatus().Journaled);
    }

    [Fact]
    public async Task The_navigation_links_the_comm_centre_for_archivists_only()
    {
        Assert.Contains("href=\"/comm-centre\"", await (await site.SignedInAsync("keeper")).GetStringAsync("/search", Ct));
        Assert.Contains("href=\"/comm-centre\"", await (await site.SignedInAsync("boss")).GetStringAsync("/search", Ct));
        Assert.DoesNotContain("href=\"/comm-centre\"", await (await site.SignedInAsync("analyst")).GetStringAsync("/search", Ct));
    }

    [Fact]
    public async Task Delivered_lists_the_latest_deliveries_oldest_first_and_checks_its_limit()
    {
        // Enough deliveries that the latest 60 lie beyond the first window the delivery log reads from its end.
        var text = string.Join("\n", Enumerable.Range(600, 80).Select(n => CommCentreSite.Cable(n, Precedence.Routine, "RUEHAST")));
        var outcomes = await site.Astana.ReleaseAsync(text);
        Assert.All(outcomes, o => Assert.Null(o.Error));
        await TestStations.WaitUntilAsync(() => site.Astana.GetRecentDelivered(1).FirstOrDefault()?.ReferenceId == "26ASTANA679", "the deliveries");
        var keeper = await site.WithTokenAsync("keeper");
        var list = JsonDocument.Parse(await keeper.GetStringAsync("/api/v1/relay/delivered?limit=60", Ct)).RootElement;
        var ids = list.EnumerateArray().Select(d => d.GetProperty("referenceId").GetString()).ToList();
        Assert.Equal(Enumerable.Range(620, 60).Select(n => $"26ASTANA{n}"), ids);
        Assert.Equal(HttpStatusCode.BadRequest, (await keeper.GetAsync("/api/v1/relay/delivered?limit=0", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await keeper.GetAsync("/api/v1/relay/delivered?limit=1001", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_page_can_refresh_itself_and_otherwise_does_not()
    {
        var keeper = await site.SignedInAsync("keeper");
        Assert.DoesNotContain("http-equiv=\"refresh\"", await keeper.GetStringAsync("/comm-centre", Ct));
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"15\">", await keeper.GetStringAsync("/comm-centre?auto=true", Ct));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_relay_endpoints()
    {
        var doc = await site.NewClient().GetStringAsync("/openapi/v1.json", Ct);
        Assert.Contains("\"/api/v1/relay/status\"", doc);
        Assert.Contains("\"/api/v1/relay/delivered\"", doc);
        Assert.Contains("RelayStatusResponse", doc);
    }
}

/// <summary>A site without a station: the comm centre does not exist.</summary>
public sealed class CommCentreWithoutStationTests(NeedToKnowSite site) : IClassFixture<NeedToKnowSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Page_and_api_answer_404_and_the_navigation_has_no_link()
    {
        var boss = await site.SignedInAsync("boss");
        var page = await boss.GetAsync("/comm-centre", Ct);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("href=\"/comm-centre\"", await boss.GetStringAsync("/search", Ct));

        var api = await (await site.WithTokenAsync("boss")).GetAsync("/api/v1/relay/status", Ct);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no relay station", await api.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.NotFound, (await (await site.WithTokenAsync("keeper")).GetAsync("/api/v1/relay/delivered", Ct)).StatusCode);
    }
}
