using Npgsql;

namespace Chancery.Cli.Tests.Archive;

/// <summary>
/// A database of its own on the test PostgreSQL server (<c>CHANCERY_TEST_POSTGRES</c>), dropped on dispose; the test
/// skips, saying why, when no server is configured.
/// </summary>
internal sealed class ScratchPostgresDatabase : IDisposable
{
    private readonly string _server;
    private readonly string _name;

    private ScratchPostgresDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>The connection string of the new database, for <c>--postgres</c>.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates a database named <paramref name="prefix"/> plus a random suffix, or skips the test.</summary>
    public static ScratchPostgresDatabase Create(string prefix)
    {
        var server = Environment.GetEnvironmentVariable("CHANCERY_TEST_POSTGRES") ?? "";
        if (server.Length == 0)
            Assert.Skip("needs a PostgreSQL server: set CHANCERY_TEST_POSTGRES (.ci/services.d/postgres.sh starts one); skipped.");
        var name = prefix + Guid.NewGuid().ToString("N")[..12];
        Admin(server, $"CREATE DATABASE {name}");
        return new ScratchPostgresDatabase(server, name);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Admin(_server, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private static void Admin(string server, string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
