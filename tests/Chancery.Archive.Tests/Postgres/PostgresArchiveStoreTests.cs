using Chancery.Archive.Storage;
using Chancery.Archive.Tests.Contract;
using Npgsql;

namespace Chancery.Archive.Tests.Postgres;

/// <summary>
/// The store suite against PostgreSQL: each store in a fresh schema of this class's own database. Skips when
/// <c>CHANCERY_TEST_POSTGRES</c> is absent.
/// </summary>
public sealed class PostgresArchiveStoreTests(PostgresTestDatabase database) : ArchiveStoreContract, IClassFixture<PostgresTestDatabase>
{
    protected override async Task<IArchiveStore> CreateEmptyStoreAsync(TimeProvider time)
    {
        var connectionString = database.Require();
        var schema = "store_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(Ct);
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync(Ct);
        }
        var inSchema = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema }.ConnectionString;
        return await ArchiveStores.OpenAsync(new ArchiveLocation.Postgres(inSchema), time, Ct);
    }
}
