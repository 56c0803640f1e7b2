using Chancery.Archive.Storage.Sqlite;
using Chancery.Archive.Tests.Contract;

namespace Chancery.Archive.Tests.Sqlite;

/// <summary>
/// The whole store suite again, every search and statistic answered through the in-memory facet index (ranked searches
/// of words scored in two halves at once).
/// </summary>
public sealed class SqliteIndexedArchiveStoreTests : ArchiveStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chancery-indexed-").FullName;
    private int _count;

    protected override async Task<IArchiveStore> CreateEmptyStoreAsync(TimeProvider time)
    {
        var store = await SqliteArchiveStore.OpenAsync(Path.Combine(_folder, $"archive{_count++}.db"), time, Ct);
        store.FacetIndexUse = FacetIndexUse.Always;
        store.ParallelRankedViews = 1;
        return store;
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* a test that failed may still hold the file */ }
    }
}
