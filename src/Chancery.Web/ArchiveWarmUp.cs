using System.Diagnostics;
using Chancery.Archive;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Chancery.Web;

/// <summary>
/// Prepares the archive's search structures in the background when the server starts (<see cref="IArchiveStore.WarmUpAsync"/>),
/// so the first searches of a large archive are as fast as the later ones. The server answers meanwhile.
/// </summary>
internal sealed class ArchiveWarmUp(IArchiveStore store, SearchReadiness readiness, ILogger<ArchiveWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            if (await store.WarmUpAsync(stoppingToken))
                logger.LogInformation("search index warmed up in {Seconds:0.0} s", clock.Elapsed.TotalSeconds);
        }
        catch (Exception e) when (e is OperationCanceledException or ArchiveException or ObjectDisposedException)
        {
            // Stopping, or the archive cannot be read: searches still work, the slower way, and say why themselves.
            logger.LogDebug(e, "search index warm-up stopped");
        }
        finally
        {
            readiness.MarkReady();
        }
    }
}
