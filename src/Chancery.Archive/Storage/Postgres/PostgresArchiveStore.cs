using System.Runtime.CompilerServices;
using Chancery.Archive.Query;
using Npgsql;

namespace Chancery.Archive.Storage.Postgres;

/// <summary>
/// The archive on PostgreSQL (Npgsql): the same tables and answers as the SQLite store, full-text search on a
/// tsvector with a GIN index built from <see cref="Text.SearchTokenizer"/>'s tokens, arrays with GIN indexes for tags,
/// captions, addressees and references, the principal's policy inside every query.
/// </summary>
public sealed partial class PostgresArchiveStore : IArchiveStore, IDocumentBatchStore
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    private PostgresArchiveStore(NpgsqlDataSource dataSource, string description, TimeProvider time)
    {
        _dataSource = dataSource;
        Description = description;
        _time = time;
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <summary>
    /// Connects to the database of <paramref name="connectionString"/> (an Npgsql connection string), creating or
    /// upgrading the schema. Throws <see cref="ArchiveException"/> with one line when the string is malformed, the
    /// server cannot be reached or refuses, or the schema is newer than this code.
    /// </summary>
    public static async Task<PostgresArchiveStore> OpenAsync(string connectionString, TimeProvider? time = null,
        CancellationToken cancellationToken = default)
    {
        string description;
        NpgsqlDataSource dataSource;
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
                throw new ArchiveException("bad PostgreSQL connection string: it names no Host");
            description = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
            dataSource = new NpgsqlDataSourceBuilder(builder.ConnectionString).Build();
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or KeyNotFoundException)
        {
            throw new ArchiveException($"bad PostgreSQL connection string: {PostgresErrors.OneLine(e.Message)}", e);
        }
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await PostgresSchema.MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
            return new PostgresArchiveStore(dataSource, description, time ?? TimeProvider.System);
        }
        catch (Exception e) when (e is ArchiveException || PostgresErrors.IsDatabaseError(e))
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw PostgresErrors.Translate(e, description);
        }
        catch
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public Task<ArchiveCounts> CountAsync(CancellationToken cancellationToken = default) =>
        Guard(async () =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT count(*), coalesce(sum(versions), 0)::bigint FROM cables", connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            return new ArchiveCounts(reader.GetInt64(0), reader.GetInt64(1));
        });

    /// <inheritdoc />
    public async IAsyncEnumerable<ArchivedCable> ExportAsync(QueryNode? query, Principal principal,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var translated = PostgresQuery.Translate(query);
        NpgsqlConnection? connection = null;
        NpgsqlCommand? command = null;
        NpgsqlDataReader? reader = null;
        ReleaseRules? rules = null;
        try
        {
            try
            {
                connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                rules = await ReadRulesAsync(connection, cancellationToken).ConfigureAwait(false);
                command = new NpgsqlCommand($"""
                    SELECT c.reference_id, c.published_id, c.versions, v.content, w.is_full, to_char(c.decl_date, 'YYYY-MM-DD'), d.at, d.by, d.reason
                    FROM cables c JOIN cable_views w ON w.cable_id = c.id JOIN cable_versions v ON v.cable_id = c.id AND v.number = c.versions
                    LEFT JOIN declassifications d ON d.cable_id = c.id
                    WHERE {translated.Condition} AND {PostgresPolicy.Where(principal, rules)}
                    ORDER BY c.reference_id COLLATE "C"
                    """, connection);
                command.Parameters.AddRange(translated.Parameters.ToArray());
                reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (PostgresErrors.IsDatabaseError(e))
            {
                throw PostgresErrors.Translate(e, Description);
            }
            while (true)
            {
                ArchivedCable cable;
                try
                {
                    if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) break;
                    cable = ReadReleased(reader, rules!, principal);
                }
                catch (Exception e) when (PostgresErrors.IsDatabaseError(e))
                {
                    throw PostgresErrors.Translate(e, Description);
                }
                yield return cable;
            }
        }
        finally
        {
            if (reader is not null) await reader.DisposeAsync().ConfigureAwait(false);
            if (command is not null) await command.DisposeAsync().ConfigureAwait(false);
            if (connection is not null) await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync().ConfigureAwait(false);
        _writeLock.Dispose();
    }

    /// <summary>
    /// reference_id, published_id, versions, content, is_full, decl_date, at, by, reason: the latest version as the
    /// principal receives it.
    /// </summary>
    private static ArchivedCable ReadReleased(NpgsqlDataReader reader, ReleaseRules rules, Principal principal)
    {
        var (raw, cable) = CableContent.UnpackCable(reader.GetFieldValue<byte[]>(3));
        return rules.Release(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), cable, raw, reader.GetInt32(2),
            reader.GetBoolean(4), DeclassificationOf(rules, reader, 5), principal);
    }

    /// <summary>Runs a database operation, turning server and connection failures into <see cref="ArchiveException"/>.</summary>
    private async Task<T> Guard<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (Exception e) when (PostgresErrors.IsDatabaseError(e))
        {
            throw PostgresErrors.Translate(e, Description);
        }
    }

    private static NpgsqlParameter[] Clone(IEnumerable<NpgsqlParameter> parameters) => parameters.Select(p => p.Clone()).ToArray();
}
