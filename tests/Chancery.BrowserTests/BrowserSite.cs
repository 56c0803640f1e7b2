using Chancery.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;

namespace Chancery.BrowserTests;

/// <summary>
/// The site on a loopback port over the test archive, and Debian's chromium driven by Playwright. When
/// CHANCERY_TEST_CHROMIUM is unset or names no file, <see cref="SkipReason"/> says why and the tests skip.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private IHost? _host;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The archive served (to set what it reports as withheld).</summary>
    public InMemoryArchiveStore Store { get; private set; } = null!;

    public IBrowser? Browser { get; private set; }

    public string? SkipReason { get; private set; }

    /// <summary>Where the screenshots go: <c>screenshots/</c> in the test output folder.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async ValueTask InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("CHANCERY_TEST_CHROMIUM");
        if (string.IsNullOrEmpty(chromium) || !File.Exists(chromium))
        {
            SkipReason = "CHANCERY_TEST_CHROMIUM is not set to a chromium executable (.ci/services.d/chromium.sh installs Debian's)";
            return;
        }
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var store = Store = await TestArchive.CreateAsync();
        _host = Chancery.Web.ChanceryWebApp.CreateHostBuilder(new Chancery.Web.WebOptions { Store = store, Urls = "http://127.0.0.1:0" }).Build();
        await _host.StartAsync();
        var addresses = _host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A fresh page at a desktop or phone size.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        if (SkipReason is not null) Assert.Skip(SkipReason);
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            DeviceScaleFactor = phone ? 2 : 1,
            IsMobile = phone,
            HasTouch = phone,
            JavaScriptEnabled = false, // the site must work without it
        });
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Waits for a navigation only until the new page is parsed: the pages are rendered on the server, so the
    /// document is complete then, while the load event can lag behind a stylesheet on a machine busy with other tests.
    /// </summary>
    public static PageWaitForURLOptions Parsed { get; } = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    public static async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }
    }
}
