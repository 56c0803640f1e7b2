namespace Chancery.Archive.Storage.Facets;

/// <summary>
/// Keeps the newest <see cref="FacetIndex"/> of a store and rebuilds it in the background when the store's data has
/// moved on. A query uses the index only when it describes exactly the generation the query reads; otherwise the
/// store answers the slower way (SQL) while a rebuild runs, so answers never lag behind the data.
/// </summary>
internal sealed class FacetIndexCache(Func<CancellationToken, Task<FacetIndex>> load) : IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _lock = new();
    private volatile FacetIndex? _current;
    private Task? _building;

    /// <summary>
    /// The index for <paramref name="generation"/>, or null. A stale index (an older generation) starts a rebuild in
    /// the background, so a store that has used the index keeps it current without any query waiting for it.
    /// </summary>
    public FacetIndex? For(long generation)
    {
        var current = _current;
        if (current?.Generation == generation) return current;
        if (current is not null) StartBuild();
        return null;
    }

    /// <summary>Starts building the index in the background unless a build is running (after a large search).</summary>
    public void StartBuild()
    {
        lock (_lock)
        {
            if (_building is not null || _stopping.IsCancellationRequested) return;
            _building = Task.Run(BuildAsync);
        }
    }

    /// <summary>Waits for any running build, then builds from the data as it is now; for tests and warm-up.</summary>
    public async Task<FacetIndex?> RefreshAsync()
    {
        while (true)
        {
            Task? running;
            Task? mine = null;
            lock (_lock)
            {
                running = _building;
                if (running is null) mine = _building = Task.Run(BuildAsync);
            }
            if (mine is not null)
            {
                await mine.ConfigureAwait(false);
                return _current;
            }
            await running!.ConfigureAwait(false);
        }
    }

    private async Task BuildAsync()
    {
        try
        {
            _current = await load(_stopping.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or ArchiveException)
        {
            // Stopping, or the store is unusable: queries keep answering through SQL.
        }
        catch (System.Data.Common.DbException)
        {
            // A busy or failing database: the next query starts another build.
        }
        finally
        {
            lock (_lock) _building = null;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }
}
