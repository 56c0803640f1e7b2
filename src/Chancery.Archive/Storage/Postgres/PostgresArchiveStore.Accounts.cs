using System.Data.Common;
using Chancery.Archive.Security;
using Chancery.Archive.Storage.Accounts;
using Npgsql;

namespace Chancery.Archive.Storage.Postgres;

public sealed partial class PostgresArchiveStore
{
    private IUserDirectory? _users;
    private IAuditLog? _audit;

    /// <inheritdoc />
    public IUserDirectory Users => _users ??= new SqlUserDirectory(new PostgresAccounts(this), _time);

    /// <inheritdoc />
    public IAuditLog Audit => _audit ??= new SqlAuditLog(new PostgresAccounts(this));

    /// <summary>
    /// Users and audit entries on pooled connections. Writes take a transaction-scoped advisory lock, so appends from
    /// every process using the database chain one after another.
    /// </summary>
    private sealed class PostgresAccounts(PostgresArchiveStore store) : AccountsDatabase
    {
        // Any fixed number, different from the migration lock's.
        private const long WriteLockKey = 0x43_68_61_6E_41_75_64_74;

        public override async Task<Lease> OpenAsync(CancellationToken cancellationToken)
        {
            var connection = await store._dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return new Lease(connection, connection.DisposeAsync);
        }

        public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
        {
            var transaction = await ((NpgsqlConnection)connection).BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({WriteLockKey})", (NpgsqlConnection)connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return transaction;
        }

        public override bool IsDatabaseError(Exception e) => PostgresErrors.IsDatabaseError(e);


        public override ArchiveException Translate(Exception e) => PostgresErrors.Translate(e, store.Description);
    }
}
