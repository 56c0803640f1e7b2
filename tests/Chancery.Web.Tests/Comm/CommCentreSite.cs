using System.Net;
using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Archive.Storage;
using Chancery.Cables;
using Chancery.Relay.Configuration;
using Chancery.Relay.Station;
using Chancery.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Chancery.Web.Tests.Comm;

/// <summary>
/// The site over a real SQLite store with a relay station beside it, as <c>chancery serve --relay</c> runs it:
/// Astana (<c>RUEHAST</c>, serving itself, delivering into the site's store) dials a Washington hub (<c>RUEHC</c>)
/// running in the same process on an ephemeral loopback port. Astana routes only <c>RUEHC</c>, so any other
/// indicator is held for an operator. Users: <c>boss</c> administrator, <c>keeper</c> archivist, <c>analyst</c> reader.
/// </summary>
public sealed class CommCentreSite : IAsyncLifetime
{
    public const string Password = "correct horse battery";

    private readonly string _folder = Directory.CreateTempSubdirectory("chancery-web-comm-").FullName;

    public IArchiveStore Store { get; private set; } = null!;

    /// <summary>Washington's archive (what the hub delivered).</summary>
    public InMemoryArchiveStore HubArchive { get; } = new();

    public RelayStation Hub { get; private set; } = null!;

    public RelayStation Astana { get; private set; } = null!;

    public WebFactory Factory { get; private set; } = null!;

    private static readonly LinkTimers FastTimers = new(RetransmitSeconds: 0.3, MaxRetransmitSeconds: 2, FailoverSeconds: 1, IdleCheckSeconds: 3600);

    public async ValueTask InitializeAsync()
    {
        Store = await ArchiveStores.OpenAsync(new ArchiveLocation.Sqlite(Path.Combine(_folder, "site.db")));
        await AddAsync("boss", UserRole.Admin);
        await AddAsync("keeper", UserRole.Archivist);
        await AddAsync("analyst", UserRole.Reader);
        Hub = await TestStations.StartWashingtonAsync(_folder, HubArchive, FastTimers);
        Astana = await TestStations.StartAstanaAsync(_folder, Store, Hub.ListenPort, FastTimers);
        Factory = new WebFactory(Store, Astana);
        await TestStations.WaitUntilAsync(() => Astana.GetStatus().Links.All(l => l.Up), "the link to Washington to come up");
    }

    private async Task AddAsync(string name, UserRole role) =>
        await Store.Users.AddAsync(new NewUser(name, Classification.Secret, true, [], role), Password);

    public HttpClient NewClient() =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client holding <paramref name="name"/>'s login cookie.</summary>
    public async Task<HttpClient> SignedInAsync(string name)
    {
        var client = NewClient();
        var response = await NeedToKnowSite.LoginAsync(client, name, Password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"login as {name}: {(int)response.StatusCode}");
        return client;
    }

    /// <summary>A client sending a new API token of <paramref name="name"/>.</summary>
    public async Task<HttpClient> WithTokenAsync(string name)
    {
        var issued = await Store.Users.IssueTokenAsync(name);
        var client = NewClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", issued.Token);
        return client;
    }

    /// <summary>A cable from Astana, written by chancery itself, to the given addressees (routing indicators).</summary>
    public static string Cable(int serial, Precedence precedence, params string[] to) =>
        TestStations.AstanaCable(serial, precedence, new DateTime(2026, 11, 28, 12, 0, 0, DateTimeKind.Utc),
            $"COMM CENTRE TEST {serial}", $"TEST MESSAGE NUMBER {serial} FOR THE COMM CENTRE.", to);

    /// <summary>The anti-forgery token of the page's release form.</summary>
    public static async Task<string> FormTokenAsync(HttpClient client) => await NeedToKnowSite.FormTokenAsync(client, "/comm-centre");

    public async ValueTask DisposeAsync()
    {
        if (Factory is not null) await Factory.DisposeAsync();
        if (Astana is not null) await Astana.DisposeAsync();
        if (Hub is not null) await Hub.DisposeAsync();
        if (Store is not null) await Store.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
