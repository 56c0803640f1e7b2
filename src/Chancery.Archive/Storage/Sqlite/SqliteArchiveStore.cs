using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Chancery.Archive.Query;
using Microsoft.Data.Sqlite;

namespace Chancery.Archive.Storage.Sqlite;

/// <summary>
/// The embedded archive: one SQLite file in WAL mode. Cables, every version (raw text and JSON packed by
/// <see cref="CableContent"/>), side tables for tags, captions, addressees and references, and a contentless FTS5
/// index over the tokens of <see cref="Text.SearchTokenizer"/>. Readers use pooled connections of their own; the one
/// writer connection is used by one batch at a time.
/// </summary>
public sealed partial class SqliteArchiveStore : IArchiveStore, IDocumentBatchStore
{
    private readonly string _path;
    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly SqliteConnection _writer;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentBag<SqliteConnection> _idleReaders = [];
    private SqliteCableWriter? _statements;
    private volatile bool _disposed;

    /// <summary>Reader connections kept open between calls (each set up once: pragmas, schema, prepared temp table).</summary>
    private const int MaxIdleReaders = 8;

    private SqliteArchiveStore(string path, string connectionString, TimeProvider time, SqliteConnection writer)
    {
        _path = path;
        _connectionString = connectionString;
        _time = time;
        _writer = writer;
    }

    /// <inheritdoc />
    public string Description => $"SQLite {_path}";

    /// <summary>Opens (creating the file and its folder when absent) and migrates the database at <paramref name="path"/>.</summary>
    /// <exception cref="ArchiveException">The file cannot be used: not a database, a newer schema, not writable.</exception>
    public static Task<SqliteArchiveStore> OpenAsync(string path, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var full = Path.GetFullPath(path);
        SqliteConnection? writer = null;
        try
        {
            if (Path.GetDirectoryName(full) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
            var connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = full,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = false,
                DefaultTimeout = 60,
            }.ToString();
            writer = new SqliteConnection(connectionString);
            writer.Open();
            CheckVersion(writer);
            // Before WAL and the first table, so only a new file takes it: cables of 2-3 KB packed fill 4 KB pages
            // one at a time, half empty; 16 KB pages hold six or seven.
            Execute(writer, "PRAGMA page_size = 16384");
            Execute(writer, "PRAGMA journal_mode = WAL");
            Configure(writer, cacheKib: 32 * 1024, mmap: false);
            SqliteSchema.Migrate(writer, full);
            return Task.FromResult(new SqliteArchiveStore(full, connectionString, time ?? TimeProvider.System, writer));
        }
        catch (SqliteException e)
        {
            writer?.Dispose();
            throw Translate(e, full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            writer?.Dispose();
            throw new ArchiveException($"{full} cannot be opened: {e.Message}", e);
        }
        catch
        {
            writer?.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<ArchiveCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        var connection = lease.Connection;
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), coalesce(sum(versions), 0) FROM cables";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new ArchiveCounts(reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ArchivedCable> ExportAsync(QueryNode? query, Principal principal,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var translated = SqliteQueryTranslator.Translate(query);
        await using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        var connection = lease.Connection;
        using var transaction = connection.BeginTransaction(deferred: true);
        var rules = ReadRules(connection, transaction);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var source = translated.Match is null
            ? "views w JOIN cables c ON c.id = w.cable_id"
            : "view_text CROSS JOIN views w ON w.id = view_text.rowid CROSS JOIN cables c ON c.id = w.cable_id";
        var match = translated.Match is null ? "" : "view_text MATCH $match AND ";
        command.CommandText = $"""
            SELECT c.ref_id, c.published_id, c.versions, v.content, w.is_full, c.decl_date, d.at, d.by, d.reason
            FROM {source} JOIN versions v ON v.cable_id = c.id AND v.number = c.versions
            LEFT JOIN declassifications d ON d.cable_id = c.id
            WHERE {match}{translated.Where} AND {SqlitePolicy.Where(principal, rules)}
            ORDER BY c.ref_id
            """;
        Bind(command, translated);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var (raw, cable) = CableContent.UnpackCable((byte[])reader.GetValue(3));
            yield return rules.Release(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), cable, raw, reader.GetInt32(2),
                reader.GetInt64(4) != 0, DeclassificationOf(rules, reader, 5, 6), principal);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        _facetCache?.Dispose();
        while (_idleReaders.TryTake(out var idle)) await idle.DisposeAsync().ConfigureAwait(false);
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            _statements?.Dispose();
            _statements = null;
            try
            {
                Execute(_writer, "PRAGMA optimize");
            }
            catch (SqliteException)
            {
                // Best effort: a full disk must not stop the store from closing.
            }
            await _writer.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Runs one statement on the writer connection (tests use it to simulate a full disk).</summary>
    internal async Task ExecuteOnWriterAsync(string sql)
    {
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try { Execute(_writer, sql); }
        finally { _writeLock.Release(); }
    }

    private async Task<ReaderLease> RentReaderAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idleReaders.TryTake(out var idle)) return new ReaderLease(this, idle);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            Configure(connection, cacheKib: 32 * 1024, mmap: true);
            Fts5.CollectMatchesFunction.Register(connection);
            return new ReaderLease(this, connection);
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw Translate(e, _path);
        }
    }

    private void Return(SqliteConnection connection)
    {
        if (_disposed || _idleReaders.Count >= MaxIdleReaders) connection.Dispose();
        else _idleReaders.Add(connection);
        if (_disposed && _idleReaders.TryTake(out var late)) late.Dispose();
    }

    /// <summary>A reader connection on loan; disposing gives it back to the store.</summary>
    private sealed class ReaderLease(SqliteArchiveStore store, SqliteConnection connection) : IAsyncDisposable
    {
        public SqliteConnection Connection => connection;

        public ValueTask DisposeAsync()
        {
            store.Return(connection);
            return ValueTask.CompletedTask;
        }
    }

    private static void Configure(SqliteConnection connection, int cacheKib, bool mmap) =>
        Execute(connection, $"PRAGMA synchronous = NORMAL; PRAGMA cache_size = -{cacheKib}; PRAGMA temp_store = MEMORY; PRAGMA mmap_size = {(mmap ? 268435456 : 0)}");

    private static void CheckVersion(SqliteConnection connection)
    {
        // The FTS5 table needs contentless_delete (SQLite 3.43).
        if (new Version(connection.ServerVersion) < new Version(3, 43))
            throw new ArchiveException($"SQLite {connection.ServerVersion} is too old for the archive (3.43 or newer needed)");
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Bind(SqliteCommand command, SqliteQuery query)
    {
        if (query.Match is not null) command.Parameters.AddWithValue("$match", query.Match);
        for (var i = 0; i < query.Parameters.Count; i++)
            command.Parameters.AddWithValue("$p" + i, query.Parameters[i]);
    }

    /// <summary>A SQLite failure as a one-line <see cref="ArchiveException"/>.</summary>
    private static ArchiveException Translate(SqliteException e, string path) => e.SqliteErrorCode switch
    {
        26 or 11 => new ArchiveException($"{path} is not a Chancery database", e),
        13 => new ArchiveException($"{path}: the disk is full; the batch was not stored (earlier batches are kept)", e),
        5 or 6 => new ArchiveException($"{path} is locked by another process", e),
        8 => new ArchiveException($"{path} is read-only", e),
        14 => new ArchiveException($"{path} cannot be opened", e),
        10 => new ArchiveException($"{path}: disk I/O error ({e.Message.TrimEnd('.')})", e),
        _ => new ArchiveException($"{path}: {e.Message}", e),
    };
}
