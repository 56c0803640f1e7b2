using Chancery.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;

namespace Chancery.BrowserTests;

/// <summary>
/// The site running on a loopback port and Debian's chromium driven by Playwright: what every browser test fixture
/// starts, whatever archive or station it serves.
/// </summary>
public sealed class SiteInChromium : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly IPlaywright _playwright;

    private SiteInChromium(IHost host, IPlaywright playwright, IBrowser browser, string baseUrl)
    {
        _host = host;
        _playwright = playwright;
        Browser = browser;
        BaseUrl = baseUrl;
    }

    /// <summary>The site's address, without a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; }

    /// <summary>Where the screenshots go: <c>screenshots/</c> in the test output folder.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>Why the browser tests skip (CHANCERY_TEST_CHROMIUM unset or naming no file), or null with the executable.</summary>
    public static string? SkipReason(out string chromium)
    {
        chromium = Environment.GetEnvironmentVariable("CHANCERY_TEST_CHROMIUM") ?? "";
        return chromium.Length > 0 && File.Exists(chromium)
            ? null
            : "CHANCERY_TEST_CHROMIUM is not set to a chromium executable (.ci/services.d/chromium.sh installs Debian's)";
    }

    /// <summary>Starts the site with <paramref name="options"/> (its URL is chosen here) and chromium.</summary>
    public static async Task<SiteInChromium> StartAsync(string chromium, WebOptions options)
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var host = ChanceryWebApp.CreateHostBuilder(options with { Urls = "http://127.0.0.1:0" }).Build();
        await host.StartAsync();
        var baseUrl = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
        return new SiteInChromium(host, playwright, browser, baseUrl);
    }

    /// <summary>A fresh browser context (its own cookies) without JavaScript, at desktop or phone size.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
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

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _host.StopAsync();
        _host.Dispose();
    }
}
