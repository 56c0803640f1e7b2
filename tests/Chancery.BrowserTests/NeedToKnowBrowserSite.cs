using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Archive.Storage;
using Chancery.Cables;
using Chancery.Web.Tests.Support;
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
    private SiteInChromium? _site;
    private IArchiveStore? _store;

    public string BaseUrl => _site?.BaseUrl ?? "";

    public IBrowser? Browser => _site?.Browser;

    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        SkipReason = SiteInChromium.SkipReason(out var chromium);
        if (SkipReason is not null) return;
        _store = await ArchiveStores.OpenAsync(new ArchiveLocation.Sqlite(Path.Combine(_folder, "browser.db")));
        await TestArchive.FillAsync(_store);
        await _store.Users.AddAsync(new NewUser("analyst", Classification.Secret, true, []), Password);
        await _store.Users.AddAsync(new NewUser("contractor", Classification.Confidential, false, []), Password);
        await _store.Users.AddAsync(new NewUser("boss", Classification.TopSecret, true, ["NODIS", "EXDIS"], UserRole.Admin), Password);
        _site = await SiteInChromium.StartAsync(chromium, new Chancery.Web.WebOptions { Store = _store });
    }

    /// <summary>A fresh browser (its own cookies) at desktop size, without JavaScript.</summary>
    public Task<IPage> NewPageAsync()
    {
        if (SkipReason is not null) Assert.Skip(SkipReason);
        return _site!.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_site is not null) await _site.DisposeAsync();
        if (_store is not null) await _store.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
