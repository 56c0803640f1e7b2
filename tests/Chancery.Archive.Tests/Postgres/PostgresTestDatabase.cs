using Npgsql;

namespace Chancery.Archive.Tests.Postgres;

/// <summary>
/// A fresh, empty database on the server named by <c>CHANCERY_TEST_POSTGRES</c> (set by <c>.ci/services.d/postgres.sh</c>),
/// dropped at the end, so each test class runs on its own. Tests call <see cref="Require"/>, which skips when the
/// variable is absent.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncLifetime
{
    public const string Variable = "CHANCERY_TEST_POSTGRES";

    private string? _adminConnectionString;
    private string? _name;

    /// <summary>The connection string of the fresh database, or null without a server.</summary>
    public string? ConnectionString { get; private set; }

    public static string? ServerConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public string Require()
    {
        if (ConnectionString is null)
            Assert.Skip($"PostgreSQL tests need a server: set {Variable} to an Npgsql connection string (.ci/services.d/postgres.sh starts one); skipped.");
        return ConnectionString;
    }

    public async ValueTask InitializeAsync()
    {
        _adminConnectionString = ServerConnectionString;
        if (_adminConnectionString is null) return;
        _name = "chancery_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(_adminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {_name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = _name }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (_adminConnectionString is null || _name is null) return;
        NpgsqlConnection.ClearAllPools();
        // FORCE ends the database's other sessions; an autovacuum worker that started on it a moment ago belongs to
        // the superuser, and ending it needs pg_signal_backend (postgres.sh grants it). Try a few times in any case.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(_adminConnectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException) when (attempt < 5)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }
}
