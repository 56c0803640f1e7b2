using Chancery.Archive.Storage;
using Microsoft.Data.Sqlite;

namespace Chancery.Archive.Tests.Accounts;

/// <summary>The accounts suite on SQLite, each test in a fresh file.</summary>
public sealed class SqliteAccountsTests : AccountsContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chancery-accounts-").FullName;

    private string DatabasePath => Path.Combine(_folder, "archive.db");

    protected override async Task<IArchiveStore?> OpenEmptyAsync(TimeProvider time) =>
        await ArchiveStores.OpenAsync(new ArchiveLocation.Sqlite(DatabasePath), time, Ct);

    protected override IArchiveStore SkipUnavailable() => throw new InvalidOperationException("SQLite is always available");

    protected override async Task ExecuteRawAsync(string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }

    protected override string DropAuditTriggersSql => "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete";

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* a test that failed may still hold the file */ }
    }
}
