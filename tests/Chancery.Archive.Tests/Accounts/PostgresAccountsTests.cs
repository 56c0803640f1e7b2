using Chancery.Archive.Storage;
using Chancery.Archive.Tests.Postgres;
using Npgsql;

namespace Chancery.Archive.Tests.Accounts;

/// <summary>The accounts suite on PostgreSQL, each test in a fresh schema. Skips without <c>CHANCERY_TEST_POSTGRES</c>.</summary>
public sealed class PostgresAccountsTests(PostgresTestDatabase database) : AccountsContract, IClassFixture<PostgresTestDatabase>
{
    private string _connectionString = "";

    protected override IArchiveStore SkipUnavailable()
    {
        database.Require();
        throw new InvalidOperationException("unreachable: the database is available but no store was opened");
    }

    protected override async Task<IArchiveStore?> OpenEmptyAsync(TimeProvider time)
    {
        var server = database.ConnectionString;
        if (server is null) return null;
        var schema = "accounts_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(Ct);
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync(Ct);
        }
        _connectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
        return await ArchiveStores.OpenAsync(new ArchiveLocation.Postgres(_connectionString), time, Ct);
    }

    protected override async Task ExecuteRawAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }

    protected override string DropAuditTriggersSql => "ALTER TABLE audit_log DISABLE TRIGGER USER";
}
