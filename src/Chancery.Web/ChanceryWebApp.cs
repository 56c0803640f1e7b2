using System.Text.Json;
using Chancery.Archive.Security;
using Chancery.Web.Api;
using Chancery.Web.Comm;
using Chancery.Web.Security;
using Chancery.Web.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Scalar.AspNetCore;

namespace Chancery.Web;

/// <summary>
/// The Chancery web site and JSON API as a host: <c>chancery serve</c> runs it on Kestrel, the integration
/// tests run it under a <c>WebApplicationFactory&lt;ChanceryWebApp&gt;</c> that returns <see cref="CreateHostBuilder"/>.
/// </summary>
public sealed class ChanceryWebApp
{
    private ChanceryWebApp() { }

    /// <summary>The host: Kestrel on <see cref="WebOptions.Urls"/>, console logging, the pages and the API.</summary>
    public static IHostBuilder CreateHostBuilder(WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new HostBuilder()
            .UseContentRoot(AppContext.BaseDirectory)
            .ConfigureLogging(logging =>
            {
                logging.AddSimpleConsole(console =>
                {
                    console.SingleLine = true;
                    console.TimestampFormat = "HH:mm:ss ";
                });
                logging.SetMinimumLevel(LogLevel.Information);
                logging.AddFilter("Microsoft.AspNetCore", options.LogRequests ? LogLevel.Information : LogLevel.Warning);
                logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
            })
            .ConfigureWebHost(web =>
            {
                if (options.Listen) web.UseKestrel(kestrel => kestrel.AddServerHeader = false).UseUrls(options.Urls);
                web.UseContentRoot(AppContext.BaseDirectory)
                    .UseSetting(WebHostDefaults.ApplicationKey, typeof(ChanceryWebApp).Assembly.GetName().Name)
                    .ConfigureServices(services => ConfigureServices(services, options))
                    .Configure(Configure);
            });
    }

    private static void ConfigureServices(IServiceCollection services, WebOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(options.Store);
        services.AddSingleton(options.Time);
        services.AddSingleton(new GuardedArchive(options.Store, options.Time));
        services.AddSingleton(new CommCentre(options.Station, options.Time));
        services.AddSingleton<SearchReadiness>();
        services.AddSingleton<Rendering.HistogramCache>();
        services.AddHostedService<ArchiveWarmUp>();
        services.AddChanceryAuthentication();
        services.AddProblemDetails();
        services.AddRazorPages();
        services.AddOpenApi("v1", openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Chancery archive API";
            document.Info.Description = "Search and read the cable archive as the signed-in reader may see it. Send Authorization: Bearer TOKEN " +
                                        "(chancery users token NAME) once the archive has users. Errors are RFC 9457 problem details: 401 without a " +
                                        "valid token, 404 for a cable that is absent or not visible, 429 over the reader's read limit. Under /api/v1/relay, archivists " +
                                        "and administrators read the relay station running beside the site (chancery serve --relay); 404 without one.";
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
    }

    private static void Configure(IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(NotFoundPages.WriteAsync);
        app.Use(SecurityHeaders.ApplyAsync);
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use(AccessDeniedResponses.HandleAsync);
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapRazorPages();
            ApiEndpoints.Map(endpoints);
            RelayEndpoints.Map(endpoints);
            // Open to anyone: liveness, the style sheet, and the API's description (it describes no cable).
            endpoints.MapGet("/health", HealthEndpoint.CheckAsync).ExcludeFromDescription().AllowAnonymous();
            endpoints.MapGet("/assets/{name}", Assets.Serve).ExcludeFromDescription().AllowAnonymous();
            endpoints.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
            endpoints.MapScalarApiReference("/api/docs", scalar => scalar
                .WithTitle("Chancery API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
        });
    }
}
