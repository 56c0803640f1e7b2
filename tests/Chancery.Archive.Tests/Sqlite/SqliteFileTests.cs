using Chancery.Archive.Ingest;
using Chancery.Archive.Storage;
using Chancery.Archive.Storage.Sqlite;
using Chancery.Archive.Tests.Fixtures;
using Microsoft.Data.Sqlite;

namespace Chancery.Archive.Tests.Sqlite;

/// <summary>What only a file database can get wrong: its folder, foreign files, schema versions, a full disk.</summary>
public sealed class SqliteFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chancery-sqlite-file-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* best effort */ }
    }

    private string PathOf(string name) => Path.Combine(_folder, name);

    [Fact]
    public async Task Opening_creates_the_file_and_its_folders()
    {
        var path = PathOf("a/b/archive.db");
        await using (var store = await ArchiveStores.OpenAsync(new ArchiveLocation.Sqlite(path), Ct))
            Assert.Equal($"SQLite {path}", store.Description);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task A_text_file_is_not_a_chancery_database()
    {
        var path = PathOf("notes.db");
        await File.WriteAllTextAsync(path, string.Concat(Enumerable.Repeat("This is not a database at all.\n", 200)), Ct);
        var e = await Assert.ThrowsAsync<ArchiveException>(() => ArchiveStores.OpenAsync(new ArchiveLocation.Sqlite(path), Ct));
        Assert.Equal($"{path} is not a Chancery database", e.Message);
        Assert.Contains("This is not a database", await File.ReadAllTextAsync(path, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_applications_sqlite_database_is_not_a_chancery_database()
    {
        var path = PathOf("other.db");
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE recipes(name TEXT)";
            command.ExecuteNonQuery();
        }
        var e = await Assert.ThrowsAsync<ArchiveException>(() => ArchiveStores.OpenAsync(new ArchiveLocation.Sqlite(path), Ct));
        Assert.Equal($"{path} is not a Chancery database", e.Message);
    }

    [Fact]
    public async Task A_newer_schema_is_refused_with_one_line()
    {
        var path = PathOf("newer.db");
        await (await ArchiveStores.OpenAsync(new ArchiveLocation.Sqlite(path), Ct)).DisposeAsync();
        Exec(path, $"PRAGMA user_version = {SqliteSchema.CurrentVersion + 5}");
        var e = await Assert.ThrowsAsync<ArchiveException>(() => ArchiveStores.OpenAsync(new ArchiveLocation.Sqlite(path), Ct));
        Assert.Contains("newer than this Chancery understands", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public async Task An_older_schema_is_upgraded_and_keeps_its_data()
    {
        var path = PathOf("older.db");
        await using (var store = await ArchiveStores.OpenAsync(new ArchiveLocation.Sqlite(path), Ct))
            await new ArchiveIngestor(store).RunAsync(Stream(FixtureCorpus.Records), null, Ct);
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            SqliteSchema.Migrate(connection, path, [.. SqliteSchema.Steps, "CREATE TABLE notes(cable_id INTEGER, note TEXT)"]);
            Assert.Equal(SqliteSchema.CurrentVersion + 1L, Scalar(connection, "PRAGMA user_version"));
            Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM notes"));
            Assert.Equal(15L, Scalar(connection, "SELECT count(*) FROM cables"));
        }
    }

    [Fact]
    public async Task A_full_disk_gives_a_clear_error_and_keeps_earlier_batches()
    {
        var path = PathOf("full.db");
        await using var store = await SqliteArchiveStore.OpenAsync(path, cancellationToken: Ct);
        var first = FixtureCorpus.Records.Take(6).ToList();
        await new ArchiveIngestor(store).RunAsync(Stream(first), null, Ct);
        var before = await store.CountAsync(Ct);
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            var pages = Scalar(connection, "PRAGMA page_count");
            await store.ExecuteOnWriterAsync($"PRAGMA max_page_count = {pages + 2}");
        }
        var many = Enumerable.Range(0, 300).Select(i => new IngestRecord(
            FixtureCorpus.KabulAid.Text.Replace("101", (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
            $"big/{i}.txt"));
        var e = await Assert.ThrowsAsync<ArchiveException>(() => new ArchiveIngestor(store, new IngestOptions(BatchSize: 300)).RunAsync(Stream(many), null, Ct));
        Assert.Contains("disk is full", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, await store.CountAsync(Ct));
        Assert.NotNull(await store.GetCableAsync("06ASTANA412", Principal.Unrestricted, Ct));
    }

    private static void Exec(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static async IAsyncEnumerable<T> Stream<T>(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }
}
