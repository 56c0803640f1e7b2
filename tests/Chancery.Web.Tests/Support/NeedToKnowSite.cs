using System.Net;
using System.Text.RegularExpressions;
using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Archive.Storage;
using Chancery.Cables;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Chancery.Web.Tests.Support;

/// <summary>
/// The site over the real SQLite store holding <see cref="TestArchive"/> and users of different clearances:
/// <c>analyst</c> SECRET + NOFORN, <c>contractor</c> CONFIDENTIAL without NOFORN, <c>boss</c> an administrator at
/// TOP SECRET with NODIS and EXDIS, <c>keeper</c> an archivist. Every user's password is <see cref="Password"/>.
/// </summary>
public sealed partial class NeedToKnowSite : IAsyncLifetime
{
    public const string Password = "correct horse battery";

    private readonly string _folder = Directory.CreateTempSubdirectory("chancery-web-ntk-").FullName;

    public IArchiveStore Store { get; private set; } = null!;

    public WebFactory Factory { get; private set; } = null!;

    /// <summary>A client with no credentials (it keeps cookies, so log in with a fresh one from <see cref="NewClient"/>).</summary>
    public HttpClient Anonymous { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Store = await ArchiveStores.OpenAsync(new ArchiveLocation.Sqlite(Path.Combine(_folder, "ntk.db")));
        await TestArchive.FillAsync(Store);
        await AddAsync("analyst", Classification.Secret, noForn: true);
        await AddAsync("contractor", Classification.Confidential, noForn: false);
        await AddAsync("boss", Classification.TopSecret, noForn: true, UserRole.Admin, "NODIS", "EXDIS");
        await AddAsync("keeper", Classification.Secret, noForn: true, UserRole.Archivist);
        Factory = new WebFactory(Store);
        Anonymous = NewClient();
    }

    public async Task<UserAccount> AddAsync(string name, Classification clearance, bool noForn, UserRole role = UserRole.Reader, params string[] accesses) =>
        await Store.Users.AddAsync(new NewUser(name, clearance, noForn, accesses.ToEquatableList(), role), Password);

    public HttpClient NewClient() =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client holding <paramref name="name"/>'s login cookie.</summary>
    public async Task<HttpClient> SignedInAsync(string name, string password = Password)
    {
        var client = NewClient();
        var response = await LoginAsync(client, name, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"login as {name}: {(int)response.StatusCode}");
        return client;
    }

    /// <summary>Posts the login form as a browser would (with the anti-forgery token from the form).</summary>
    public static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string name, string password, string? returnUrl = null)
    {
        var token = await FormTokenAsync(client, "/login");
        return await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = name, ["Password"] = password, ["ReturnUrl"] = returnUrl ?? "", ["__csrf"] = token,
        }), TestContext.Current.CancellationToken);
    }

    /// <summary>The anti-forgery token in the first form of <paramref name="url"/>.</summary>
    public static async Task<string> FormTokenAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url, TestContext.Current.CancellationToken);
        return CsrfField().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException($"no anti-forgery token on {url}");
    }

    /// <summary>A client sending <c>Authorization: Bearer</c> with a new token of <paramref name="name"/>.</summary>
    public async Task<HttpClient> WithTokenAsync(string name, TimeSpan? lifetime = null)
    {
        var issued = await Store.Users.IssueTokenAsync(name, lifetime);
        return WithToken(issued.Token);
    }

    public HttpClient WithToken(string token)
    {
        var client = NewClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        Anonymous?.Dispose();
        if (Factory is not null) await Factory.DisposeAsync();
        if (Store is not null) await Store.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [GeneratedRegex("name=\"__csrf\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfField();
}
