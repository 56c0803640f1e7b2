using Chancery.Web.Tests.Support;
using Microsoft.Playwright;

namespace Chancery.BrowserTests;

/// <summary>
/// The site on a loopback port over the test archive, and Debian's chromium driven by Playwright. When
/// CHANCERY_TEST_CHROMIUM is unset or names no file, <see cref="SkipReason"/> says why and the tests skip.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private SiteInChromium? _site;

    public string BaseUrl => _site?.BaseUrl ?? "";

    /// <summary>The archive served (to set what it reports as withheld).</summary>
    public InMemoryArchiveStore Store { get; private set; } = null!;

    public IBrowser? Browser => _site?.Browser;

    public string? SkipReason { get; private set; }

    /// <summary>Where the screenshots go: <c>screenshots/</c> in the test output folder.</summary>
    public static string ScreenshotFolder => SiteInChromium.ScreenshotFolder;

    public async ValueTask InitializeAsync()
    {
        SkipReason = SiteInChromium.SkipReason(out var chromium);
        if (SkipReason is not null) return;
        Store = await TestArchive.CreateAsync();
        _site = await SiteInChromium.StartAsync(chromium, new Chancery.Web.WebOptions { Store = Store });
    }

    /// <summary>A fresh page at a desktop or phone size.</summary>
    public Task<IPage> NewPageAsync(bool phone = false)
    {
        if (SkipReason is not null) Assert.Skip(SkipReason);
        return _site!.NewPageAsync(phone);
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
        if (_site is not null) await _site.DisposeAsync();
    }
}
