namespace Chancery.Web;

/// <summary>
/// Whether the archive's search structures are prepared (<see cref="ArchiveWarmUp"/>): <c>/health</c> tells it, so
/// a load balancer or a benchmark can wait until searches are at full speed. The server answers in either state.
/// </summary>
internal sealed class SearchReadiness
{
    private volatile bool _ready;

    /// <summary>"warming" while the warm-up runs, then "ready" (also when there was nothing to prepare or it failed).</summary>
    public string State => _ready ? "ready" : "warming";

    /// <summary>Marks the warm-up finished.</summary>
    public void MarkReady() => _ready = true;
}
