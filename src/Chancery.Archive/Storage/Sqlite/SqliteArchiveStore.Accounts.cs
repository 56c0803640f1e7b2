using System.Data.Common;
using Chancery.Archive.Security;
using Chancery.Archive.Storage.Accounts;
using Microsoft.Data.Sqlite;

namespace Chancery.Archive.Storage.Sqlite;

public sealed partial class SqliteArchiveStore
{
    private IUserDirectory? _users;
    private IAuditLog? _audit;

    /// <inheritdoc />
    public IUserDirectory Users => _users ??= new SqlUserDirectory(new SqliteAccounts(this), _time);

    /// <inheritdoc />
    public IAuditLog Audit => _audit ??= new SqlAuditLog(new SqliteAccounts(this));

    /// <summary>
    /// Users and audit entries on the store's pooled connections. Writes take <c>BEGIN IMMEDIATE</c>, which SQLite
    /// serialises across connections and processes, so two appends never chain to the same predecessor.
    /// </summary>
    private sealed class SqliteAccounts(SqliteArchiveStore store) : AccountsDatabase
    {
        public override async Task<Lease> OpenAsync(CancellationToken cancellationToken)
        {
            var lease = await store.RentReaderAsync(cancellationToken).ConfigureAwait(false);
            return new Lease(lease.Connection, lease.DisposeAsync);
        }

        public override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
            Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

        public override bool IsDatabaseError(Exception e) => e is SqliteException;


        public override ArchiveException Translate(Exception e) =>
            e is SqliteException sqlite ? SqliteArchiveStore.Translate(sqlite, store._path) : new ArchiveException(e.Message, e);
    }
}
