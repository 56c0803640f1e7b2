using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Archive.Storage;
using Chancery.Cables;
using Chancery.Relay.Configuration;
using Chancery.Relay.Station;
using Chancery.Web.Tests.Comm;
using Chancery.Web.Tests.Support;
using Microsoft.Playwright;

namespace Chancery.BrowserTests;

/// <summary>
/// The site on a loopback port with a relay station beside it, as <c>chancery serve --relay</c> runs it, and chromium.
/// Astana (<c>RUEHAST</c>) has a link up to a Washington hub running in this process and a link down to Almaty (nobody
/// listens there), so its lanes hold traffic; one cable names a post no route reaches. Users: <c>keeper</c> (archivist).
/// </summary>
public sealed class CommCentreBrowserSite : IAsyncLifetime
{
    public const string Password = "correct horse battery";

    private readonly string _folder = Directory.CreateTempSubdirectory("chancery-browser-comm-").FullName;
    private SiteInChromium? _site;
    private IArchiveStore? _store;
    private RelayStation? _hub;

    public string BaseUrl => _site?.BaseUrl ?? "";

    public IBrowser? Browser => _site?.Browser;

    public RelayStation? Astana { get; private set; }

    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        SkipReason = SiteInChromium.SkipReason(out var chromium);
        if (SkipReason is not null) return;
        _store = await ArchiveStores.OpenAsync(new ArchiveLocation.Sqlite(Path.Combine(_folder, "browser.db")));
        await TestArchive.FillAsync(_store);
        await _store.Users.AddAsync(new NewUser("keeper", Classification.Secret, true, [], UserRole.Archivist), Password);
        await StartStationsAsync(_store);
        _site = await SiteInChromium.StartAsync(chromium, new Chancery.Web.WebOptions { Store = _store, Station = Astana });
    }

    private async Task StartStationsAsync(IArchiveStore store)
    {
        var timers = new LinkTimers(RetransmitSeconds: 0.3, MaxRetransmitSeconds: 2, FailoverSeconds: 3600, IdleCheckSeconds: 3600);
        _hub = await TestStations.StartWashingtonAsync(_folder, new InMemoryArchiveStore(), timers);
        Astana = await TestStations.StartAstanaAsync(_folder, store, _hub.ListenPort, timers,
            (new LinkConfig("almaty", "RUEHTA", $"127.0.0.1:{TestStations.FreePort()}", "ASA"), new RouteConfig("RUEHTA", "almaty", null)));
        await TestStations.WaitUntilAsync(() => Astana.GetStatus().Links[0].Up, "the link to Washington to come up");
        var serial = 900;
        var traffic = new List<string>();
        foreach (var (precedence, count) in new[] { (Precedence.Flash, 1), (Precedence.Immediate, 3), (Precedence.Priority, 5), (Precedence.Routine, 12) })
            for (var i = 0; i < count; i++)
                traffic.Add(Cable(serial++, precedence, "RUEHTA", "RUEHC"));
        traffic.Add(Cable(serial++, Precedence.Priority, "RUEHAST", "RUEHC"));
        traffic.Add(Cable(serial++, Precedence.Immediate, "RUEHAST", "RUEHZZZ"));
        traffic.Add(Cable(serial, Precedence.Routine, "RUEHAST"));
        await Astana.ReleaseAsync(string.Join("\n", traffic));
        // And two from Washington, so that the link has received serials too.
        var fromWashington = Enumerable.Range(4410, 2).Select(n => new CableWriter().Write(new Cable
        {
            ReferenceId = $"26STATE{n}", Origin = "SECSTATE", Serial = n, Created = new DateTime(2026, 11, 28, 8, 0, 0, DateTimeKind.Utc),
            Precedence = Precedence.Priority, Classification = Classification.Unclassified, From = new Addressee(null, "SECSTATE WASHDC"),
            To = [new Addressee("RUEHAST", "USOFFICE ASTANA")], Subject = $"CONSULAR STAFFING GUIDANCE {n}",
            Paragraphs = [new Paragraph(1, "U", "POSTS SHOULD REVIEW CONSULAR STAFFING FOR THE WINTER SEASON.")], Body = "",
        }));
        await _hub.ReleaseAsync(string.Join("\n", fromWashington));
        await TestStations.WaitUntilAsync(() => Astana.GetStatus().Delivered >= 5 && Astana.GetStatus().Links[0].InFlight == 0, "the stations to settle");
    }

    /// <summary>A cable from Astana written by chancery itself; the first addressee takes action, the rest are informed.</summary>
    public static string Cable(int serial, Precedence precedence, string action, params string[] info) =>
        TestStations.AstanaCable(serial, precedence, new DateTime(2026, 11, 28, 9, 30, 0, DateTimeKind.Utc),
            $"KAZAKHSTAN: WEEKLY CONSULAR REPORT {serial}", "CONSULAR SECTION REPORTS ROUTINE ACTIVITY FOR THE WEEK.", [action], info);

    /// <summary>A fresh browser (its own cookies) without JavaScript, at desktop or phone size.</summary>
    public Task<IPage> NewPageAsync(bool phone = false)
    {
        if (SkipReason is not null) Assert.Skip(SkipReason);
        return _site!.NewPageAsync(phone);
    }

    public async ValueTask DisposeAsync()
    {
        if (_site is not null) await _site.DisposeAsync();
        if (Astana is not null) await Astana.DisposeAsync();
        if (_hub is not null) await _hub.DisposeAsync();
        if (_store is not null) await _store.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
