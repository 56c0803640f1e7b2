using System.Net;
using Chancery.Archive.Security;
using Chancery.Cables;
using Chancery.Web.Tests.Support;

namespace Chancery.Web.Tests.NeedToKnow;

/// <summary>The administrators' pages: only administrators, forms with anti-forgery, changes audited.</summary>
public sealed class AdminTests(NeedToKnowSite site) : IClassFixture<NeedToKnowSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/audit")]
    [InlineData("/admin/alerts")]
    public async Task Readers_and_archivists_get_403(string url)
    {
        foreach (var user in new[] { "analyst", "keeper" })
        {
            var client = await site.SignedInAsync(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url, Ct)).StatusCode);
        }
        var boss = await site.SignedInAsync("boss");
        Assert.Equal(HttpStatusCode.OK, (await boss.GetAsync(url, Ct)).StatusCode);
    }

    [Fact]
    public async Task Audit_page_lists_newest_first_filters_by_user_and_verifies_the_chain()
    {
        var analyst = await site.WithTokenAsync("analyst");
        await analyst.GetAsync("/api/v1/cables/09MOSCOW400", Ct);
        var boss = await site.SignedInAsync("boss");
        var html = await boss.GetStringAsync("/admin/audit?user=analyst&action=Read", Ct);
        Assert.Contains("Hash chain intact", html);
        Assert.Contains("09MOSCOW400", html);
        Assert.DoesNotContain(">boss</a>", html);
    }

    [Fact]
    public async Task An_administrator_adds_and_changes_a_user_through_the_forms()
    {
        var boss = await site.SignedInAsync("boss");
        var token = await NeedToKnowSite.FormTokenAsync(boss, "/admin/users");
        var add = await boss.PostAsync("/admin/users?handler=Add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "newcomer", ["password"] = "a long enough password", ["clearance"] = "CONFIDENTIAL", ["role"] = "reader",
            ["accesses"] = "exdis", ["__csrf"] = token,
        }), Ct);
        Assert.Equal(HttpStatusCode.OK, add.StatusCode);
        var user = await site.Store.Users.FindAsync("newcomer", Ct);
        Assert.NotNull(user);
        Assert.Equal(Classification.Confidential, user.Clearance);
        Assert.Equal(["EXDIS"], user.Accesses);
        await site.SignedInAsync("newcomer", "a long enough password");

        var change = await boss.PostAsync("/admin/users?handler=Update", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "newcomer", ["clearance"] = "SECRET", ["noforn"] = "true", ["accesses"] = "", ["readLimitPerHour"] = "7",
            ["readLimitPerDay"] = "70", ["disabled"] = "true", ["__csrf"] = token,
        }), Ct);
        Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        user = await site.Store.Users.FindAsync("newcomer", Ct);
        Assert.Equal((Classification.Secret, true, 7, 70, true), (user!.Clearance, user.NoForn, user.ReadLimitPerHour, user.ReadLimitPerDay, user.Disabled));
        var audit = await site.Store.Audit.QueryAsync(new AuditQuery("boss", Actions: [AuditAction.UserAdmin]), Ct);
        Assert.Contains(audit, e => e.Event.Target == "newcomer" && e.Event.Detail!.StartsWith("added", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.Event.Target == "newcomer" && e.Event.Detail!.Contains("disabled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Admin_forms_without_the_anti_forgery_token_are_400_and_change_nothing()
    {
        var boss = await site.SignedInAsync("boss");
        var add = await boss.PostAsync("/admin/users?handler=Add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "sneaky", ["password"] = "a long enough password", ["clearance"] = "TOP SECRET", ["role"] = "admin",
        }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, add.StatusCode);
        Assert.Null(await site.Store.Users.FindAsync("sneaky", Ct));
    }

    [Fact]
    public async Task Bad_form_input_is_refused_with_a_message()
    {
        var boss = await site.SignedInAsync("boss");
        var token = await NeedToKnowSite.FormTokenAsync(boss, "/admin/users");
        var response = await boss.PostAsync("/admin/users?handler=Add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "bad name!", ["password"] = "a long enough password", ["clearance"] = "SECRET", ["role"] = "reader", ["__csrf"] = token,
        }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("bad user name", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_reader_cannot_post_to_the_admin_forms()
    {
        var analyst = await site.SignedInAsync("analyst");
        var token = await NeedToKnowSite.FormTokenAsync(analyst, "/");
        var response = await analyst.PostAsync("/admin/users?handler=Add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "promoted", ["password"] = "a long enough password", ["clearance"] = "TOP SECRET", ["role"] = "admin", ["__csrf"] = token,
        }), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await site.Store.Users.FindAsync("promoted", Ct));
    }

    [Fact]
    public async Task Declassify_is_for_archivists_and_needs_a_reason()
    {
        var analyst = await site.SignedInAsync("analyst");
        var readerToken = await NeedToKnowSite.FormTokenAsync(analyst, "/cables/08ALMATY100");
        var refused = await analyst.PostAsync("/cables/08ALMATY100?handler=Declassify",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Reason"] = "because", ["__csrf"] = readerToken }), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain("Declassify 08ALMATY100", await analyst.GetStringAsync("/cables/08ALMATY100", Ct));

        var keeper = await site.SignedInAsync("keeper");
        var page = await keeper.GetStringAsync("/cables/08ASTANA200", Ct);
        Assert.Contains("Declassify 08ASTANA200", page);
        var token = await NeedToKnowSite.FormTokenAsync(keeper, "/cables/08ASTANA200");
        var noReason = await keeper.PostAsync("/cables/08ASTANA200?handler=Declassify",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Reason"] = "  ", ["__csrf"] = token }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Give the reason for declassifying.", await noReason.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task An_archivist_declassifies_a_cable_and_a_reader_below_its_marking_then_reads_it()
    {
        // A site of its own: the declassification would change what the other tests of this class see.
        var site = new NeedToKnowSite();
        await site.InitializeAsync();
        await using var _ = site;
        var contractor = await site.SignedInAsync("contractor");
        Assert.Equal(HttpStatusCode.NotFound, (await contractor.GetAsync("/cables/08ASTANA200", Ct)).StatusCode);
        var keeper = await site.SignedInAsync("keeper");
        var token = await NeedToKnowSite.FormTokenAsync(keeper, "/cables/08ASTANA200");
        var declassify = await keeper.PostAsync("/cables/08ASTANA200?handler=Declassify",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Reason"] = "FOIA case 2026-0099", ["__csrf"] = token }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, declassify.StatusCode);
        Assert.EndsWith("/cables/08ASTANA200", declassify.Headers.Location?.OriginalString);

        var page = await contractor.GetAsync("/cables/08ASTANA200", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Declassified by <strong>keeper</strong>", html);
        Assert.Contains("FOIA case 2026-0099", html);
        var audit = await site.Store.Audit.QueryAsync(new AuditQuery(User: "keeper", Actions: [AuditAction.Declassify]), Ct);
        Assert.Contains(audit, e => e.Event.Target == "08ASTANA200");
    }
}
