using System.Net;
using System.Text.Json;
using Chancery.Archive;
using Chancery.Archive.Storage;
using Chancery.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Chancery.Web.Tests;

/// <summary>The site over the real embedded store (SQLite) holding the test cables: the pages and API agree with it.</summary>
public sealed class SqliteSite : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chancery-web-sqlite-").FullName;

    public IArchiveStore Store { get; private set; } = null!;

    public WebFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Store = await ArchiveStores.OpenAsync(new ArchiveLocation.Sqlite(Path.Combine(_folder, "web.db")));
        await TestArchive.FillAsync(Store);
        Factory = new WebFactory(Store);
        Client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (Factory is not null) await Factory.DisposeAsync();
        if (Store is not null) await Store.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

public sealed class SqliteSiteTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> Get(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await site.Client.GetAsync(url, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(expected == response.StatusCode, $"{url}: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}");
        return body;
    }

    [Fact]
    public async Task Search_api_answers_from_sqlite()
    {
        var json = JsonDocument.Parse(await Get("/api/v1/search?q=pipeline")).RootElement;
        Assert.Equal(4, json.GetProperty("total").GetInt64());
        var hit = json.GetProperty("results")[0];
        var snippet = hit.GetProperty("snippet").GetString()!;
        foreach (var h in hit.GetProperty("highlights").EnumerateArray())
            Assert.InRange(h.GetProperty("start").GetInt32() + h.GetProperty("length").GetInt32(), 1, snippet.Length);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=pipeline")]
    [InlineData("/search?q=&sort=-date&page=2")]
    [InlineData("/cables/08ASTANA210")]
    [InlineData("/cables/08ASTANA210/diff")]
    [InlineData("/cables/08ASTANA210/graph")]
    [InlineData("/cables/" + TestArchive.Hostile)]
    [InlineData("/browse/tags")]
    [InlineData("/browse/origins")]
    [InlineData("/browse/months")]
    [InlineData("/stats?by=origin")]
    [InlineData("/health")]
    [InlineData("/api/v1/cables/08ASTANA210/refs")]
    [InlineData("/api/v1/cables/08ASTANA210/versions")]
    [InlineData("/api/v1/tags")]
    [InlineData("/api/v1/stations")]
    [InlineData("/api/v1/stats?by=year")]
    public async Task Pages_and_endpoints_render_over_sqlite(string url)
    {
        var body = await Get(url);
        Assert.DoesNotContain("<script>alert", body);
    }

    [Fact]
    public async Task Cable_page_over_sqlite_links_references_and_versions()
    {
        var html = await Get("/cables/08ASTANA210");
        Assert.Contains("<a href=\"/cables/08ASTANA200\">ASTANA 200</a>", html);
        Assert.Contains("<a href=\"/cables/08STATE300\">08STATE300</a>", html);
        Assert.Contains("/cables/08ASTANA210/diff?from=1&amp;to=2", html);
    }

    [Fact]
    public async Task Absent_cable_is_404_over_sqlite() => await Get("/api/v1/cables/99NOWHERE1", HttpStatusCode.NotFound);
}
