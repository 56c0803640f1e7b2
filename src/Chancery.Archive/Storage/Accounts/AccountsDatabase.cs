using System.Data.Common;

namespace Chancery.Archive.Storage.Accounts;

/// <summary>
/// What the user directory and the audit log need from a backend: connections, a write transaction that serialises
/// writers (so the audit chain has one order) and error translation. The SQL itself is shared: both backends accept
/// <c>@name</c> parameters and store times as Unix milliseconds, flags as integers.
/// </summary>
internal abstract class AccountsDatabase
{
    /// <summary>An open connection; disposing the lease gives it back.</summary>
    public abstract Task<Lease> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Begins a transaction that no other writer of these tables runs beside.</summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>True for failures of the database, the server or the connection.</summary>
    public abstract bool IsDatabaseError(Exception e);

    /// <summary>A database failure as one line.</summary>
    public abstract ArchiveException Translate(Exception e);

    /// <summary>Runs <paramref name="operation"/> with a connection, translating database failures.</summary>
    public async Task<T> RunAsync<T>(Func<DbConnection, Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            await using var lease = await OpenAsync(cancellationToken).ConfigureAwait(false);
            return await operation(lease.Connection).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not ArchiveException && IsDatabaseError(e))
        {
            throw Translate(e);
        }
    }

    /// <summary>A command with <c>@name</c> parameters.</summary>
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    /// <summary>A connection on loan.</summary>
    public sealed class Lease(DbConnection connection, Func<ValueTask> release) : IAsyncDisposable
    {
        /// <summary>The open connection.</summary>
        public DbConnection Connection => connection;

        /// <inheritdoc />
        public ValueTask DisposeAsync() => release();
    }
}
