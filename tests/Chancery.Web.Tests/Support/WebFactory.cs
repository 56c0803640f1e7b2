using Chancery.Archive;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace Chancery.Web.Tests.Support;

/// <summary>
/// The site under a test server, over a given store (and with a relay station beside it when given). The factory's entry-point type is this test assembly's own
/// (Chancery.Web is a library without one); the host itself comes from <see cref="ChanceryWebApp.CreateHostBuilder"/>.
/// </summary>
public sealed class WebFactory(IArchiveStore store, Chancery.Relay.Station.RelayStation? station = null) : WebApplicationFactory<WebFactory>
{
    // The site reads nothing from its content root (assets are embedded); point the factory at the test output
    // instead of letting it look for a solution file next to a project named like this assembly.
    static WebFactory() =>
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CHANCERY_WEB_TESTS", AppContext.BaseDirectory);

    protected override IHostBuilder CreateHostBuilder() =>
        ChanceryWebApp.CreateHostBuilder(new WebOptions { Store = store, Listen = false, Station = station });
}

/// <summary>One site over <see cref="TestArchive"/> shared by a test class.</summary>
public sealed class ArchiveSite : IAsyncLifetime
{
    public InMemoryArchiveStore Store { get; private set; } = null!;

    public WebFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Store = await TestArchive.CreateAsync();
        Factory = new WebFactory(Store);
        Client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (Factory is not null) await Factory.DisposeAsync();
    }
}
