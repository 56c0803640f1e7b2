using Chancery.Archive.Ingest;
using Chancery.Archive.Security;
using Chancery.Archive.Storage;
using Chancery.Archive.Tests.Fixtures;
using Chancery.Cables;
using Microsoft.Extensions.Time.Testing;

namespace Chancery.Archive.Tests.Accounts;

/// <summary>A SQLite archive holding the fixture corpus, on a fake clock, with a <see cref="GuardedArchive"/> over it.</summary>
public abstract class GuardedArchiveFixture : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chancery-guard-").FullName;

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    protected IArchiveStore Store { get; private set; } = null!;

    protected GuardedArchive Archive { get; private set; } = null!;

    /// <summary>Every cable of the fixture corpus (all visible to a TOP SECRET reader with every access).</summary>
    protected IReadOnlyList<string> Ids { get; private set; } = [];

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Store = await ArchiveStores.OpenAsync(new ArchiveLocation.Sqlite(Path.Combine(_folder, "archive.db")), Clock, Ct);
        await new ArchiveIngestor(Store, new IngestOptions(BatchSize: 8, ReaderThreads: 1)).RunAsync(Stream(FixtureCorpus.Records), null, Ct);
        Archive = new GuardedArchive(Store, Clock);
        var ids = new List<string>();
        await foreach (var cable in Store.ExportAsync(null, Principal.Unrestricted, Ct)) ids.Add(cable.ReferenceId);
        Ids = ids;
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* a failed test may still hold the file */ }
        GC.SuppressFinalize(this);
    }

    /// <summary>Adds a TOP SECRET reader with every access and the given limits.</summary>
    protected async Task<Caller> ReaderAsync(string name, int perHour, int perDay = 0)
    {
        await Store.Users.AddAsync(new NewUser(name, Classification.TopSecret, true, Principal.RestrictedCaptions), "a long password", Ct);
        var user = await Store.Users.UpdateAsync(name, new UserChanges(ReadLimitPerHour: perHour, ReadLimitPerDay: perDay), Ct);
        return new Caller(user, "10.1.2.3");
    }

    protected Task<IReadOnlyList<AuditEntry>> EntriesAsync(string user, params AuditAction[] actions) =>
        Store.Audit.QueryAsync(new AuditQuery(user, Actions: actions, Limit: 100_000), Ct);

    private static async IAsyncEnumerable<T> Stream<T>(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }
}
