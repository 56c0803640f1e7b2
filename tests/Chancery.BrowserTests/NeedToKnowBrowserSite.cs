using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Archive.Storage;
using Chancery.Cables;
using Chancery.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;

namespace Chancery.BrowserTests;

/// <summary>
/// The site on a loopback port over the real SQLite store holding the test cables and users of different clearances
/// (<c>analyst</c> SECRET + NOFORN, <c>contractor</c> CONFIDENTIAL, <c>boss</c> an administrator), with chromium.
/// </summary>
public sealed class NeedToKnowBrowserSite : IAsyncLifetime
{
    public const string Password = "correct horse battery";

    private readonly string _folder = Directory.CreateTempSubdirectory("chancery-browser-ntk-").FullName;
    private IHost? _host;
    private IPlaywright? _playwright;
    private IArchiveStore? _store;

    public string BaseUrl { get; private set; } = "";

    public IBrowser? Browser { get; private set; }

    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("CHANCERY_TEST_CHROMIUM");
        if (string.IsNullOrEmpty(chromium) || !File.Exists(chromium))
        {
            SkipReason = "CHANCERY_TEST_CHROMIUM is not set to a chromium executable (.ci/services.d/chromium.sh installs Debian's)";
            return;
        }
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _store = await ArchiveStores.OpenAsync(new ArchiveLocation.Sqlite(Path.Combine(_folder, "browser.db")));
        await TestArchive.FillAsync(_store);
        await _store.Users.AddAsync(new NewUser("analyst", Classification.Secret, true, []), Password);
        await _store.Users.AddAsync(new NewUser("contractor", Classification.Confidential, false, []), Password);
        await _store.Users.AddAsync(new NewUser("boss", Classification.TopSecret, true, ["NODIS", "EXDIS"], UserRole.Admin), Password);
        _host = Chancery.Web.ChanceryWebApp.CreateHostBuilder(new Chancery.Web.WebOptions { Store = _store, Urls = "http://127.0.0.1:0" }).Build();
        await _host.StartAsync();
        BaseUrl = _host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(BrowserSite.ScreenshotFolder);
    }

    /// <summary>A fresh browser (its own cookies) at desktop size, without JavaScript.</summary>
    public async Task<IPage> NewPageAsync()
    {
        if (SkipReason is not null) Assert.Skip(SkipReason);
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            JavaScriptEnabled = false,
        });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }
        if (_store is not null) await _store.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
