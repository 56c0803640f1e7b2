using System.Net;
using System.Text.Json;
using Chancery.Archive.Security;
using Chancery.Cables;
using Chancery.Web.Tests.Support;

namespace Chancery.Web.Tests.NeedToKnow;

/// <summary>Withheld portions and declassification as the cable page and the cable JSON show them.</summary>
public sealed class ReleaseDisplayTests(ArchiveSite site) : IClassFixture<ArchiveSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Withheld_paragraphs_show_in_place_with_their_marking()
    {
        site.Store.Releases[TestArchive.TwoVersions] = new ReleaseInfo([new WithheldPortion(1, 2, Classification.Secret, true)], null);
        var html = await site.Client.GetStringAsync("/cables/" + TestArchive.TwoVersions, Ct);
        var first = html.IndexOf("Kazakh officials confirmed", StringComparison.Ordinal);
        var withheld = html.IndexOf("Paragraph 2 withheld (S//NF)", StringComparison.Ordinal);
        var third = html.IndexOf("Embassy will follow up", StringComparison.Ordinal);
        Assert.True(first >= 0 && withheld > first && third > withheld, "withheld paragraph 2 stands between paragraphs 1 and 3");
        Assert.DoesNotContain("concede on transit fees", html);
        Assert.Contains("1 portion is withheld from you", html);
    }

    [Fact]
    public async Task Cable_json_carries_withheld_and_declassified_as_extensions()
    {
        var at = new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);
        site.Store.Releases["08ASTANA200"] = new ReleaseInfo(
            [new WithheldPortion(1, 2, Classification.Confidential, true), new WithheldPortion(-1, null, Classification.Confidential, false)],
            new Declassification(at, "keeper", "FOIA case 2026-0042", Automatic: false));
        var json = JsonDocument.Parse(await site.Client.GetStringAsync("/api/v1/cables/08ASTANA200", Ct)).RootElement;
        Assert.Equal("08ASTANA200", json.GetProperty("referenceId").GetString()); // contract fields keep their names
        Assert.Equal(1, json.GetProperty("versions").GetInt32());
        var withheld = json.GetProperty("withheld");
        Assert.Equal(2, withheld[0].GetProperty("paragraph").GetInt32());
        Assert.Equal("C//NF", withheld[0].GetProperty("marking").GetString());
        Assert.Equal(JsonValueKind.Null, withheld[1].GetProperty("paragraph").ValueKind);
        Assert.True(withheld[1].GetProperty("subject").GetBoolean());
        var declassified = json.GetProperty("declassified");
        Assert.Equal("2026-11-20T09:30:00Z", declassified.GetProperty("at").GetString());
        Assert.Equal("keeper", declassified.GetProperty("by").GetString());
        Assert.Equal("FOIA case 2026-0042", declassified.GetProperty("reason").GetString());
        Assert.False(declassified.GetProperty("automatic").GetBoolean());

        var html = await site.Client.GetStringAsync("/cables/08ASTANA200", Ct);
        Assert.Contains("Subject withheld (C)", html);
        Assert.Contains("Declassified by <strong>keeper</strong>", html);
        Assert.Contains("FOIA case 2026-0042", html);
    }

    [Fact]
    public async Task Automatic_declassification_says_the_decl_date_passed()
    {
        site.Store.Releases["09MOSCOW400"] = new ReleaseInfo([], new Declassification(new DateTimeOffset(2019, 6, 5, 0, 0, 0, TimeSpan.Zero), "system", "DECL date passed", true));
        var html = await site.Client.GetStringAsync("/cables/09MOSCOW400", Ct);
        Assert.Contains("Declassified automatically: DECL date passed (5 June 2019)", html);
    }

    [Fact]
    public async Task A_fully_released_cable_has_no_extension_members()
    {
        var json = JsonDocument.Parse(await site.Client.GetStringAsync("/api/v1/cables/09ASTANA666", Ct)).RootElement;
        Assert.False(json.TryGetProperty("withheld", out _));
        Assert.False(json.TryGetProperty("declassified", out _));
    }

    [Fact]
    public async Task An_open_archive_reads_without_signing_in_and_audits_as_anonymous()
    {
        var response = await site.Client.GetAsync("/api/v1/cables/09MOSCOW400/refs", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var audit = await site.Store.Audit.QueryAsync(new AuditQuery("anonymous"), Ct);
        Assert.Contains(audit, e => e.Event.Target == "09MOSCOW400" && e.Event.Action == AuditAction.References);
        Assert.Contains("no users yet", await site.Client.GetStringAsync("/login", Ct));
    }
}
