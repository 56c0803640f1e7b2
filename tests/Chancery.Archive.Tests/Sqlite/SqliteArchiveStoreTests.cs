using Chancery.Archive.Storage;
using Chancery.Archive.Tests.Contract;

namespace Chancery.Archive.Tests.Sqlite;

/// <summary>The store suite against the embedded SQLite store, each test in a fresh file.</summary>
public sealed class SqliteArchiveStoreTests : ArchiveStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chancery-sqlite-").FullName;
    private int _count;

    protected override Task<IArchiveStore> CreateEmptyStoreAsync(TimeProvider time) =>
        ArchiveStores.OpenAsync(new ArchiveLocation.Sqlite(Path.Combine(_folder, $"archive{_count++}.db")), time, Ct);

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* a test that failed may still hold the file */ }
    }
}
