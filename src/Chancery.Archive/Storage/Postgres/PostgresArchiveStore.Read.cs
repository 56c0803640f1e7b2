using Npgsql;
using NpgsqlTypes;

namespace Chancery.Archive.Storage.Postgres;

public sealed partial class PostgresArchiveStore
{
    /// <summary>The cable with a canonical id, else the one published under that id; callers add the policy.</summary>
    private const string FindById = """
        SELECT * FROM cables WHERE reference_id = $1 OR aliases @> ARRAY[$1]
        ORDER BY reference_id = $1 DESC, id LIMIT 1
        """;

    /// <inheritdoc />
    public Task<ArchivedCable?> GetCableAsync(string referenceId, Principal principal, CancellationToken cancellationToken = default) =>
        Guard(async () =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"""
                SELECT c.reference_id, c.published_id, c.versions, v.content
                FROM ({FindById}) c JOIN cable_versions v ON v.cable_id = c.id AND v.number = c.versions
                WHERE {PostgresPolicy.Where(principal)}
                """, connection);
            command.Parameters.Add(Lookup(referenceId));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadArchived(reader) : null;
        });

    /// <inheritdoc />
    public Task<IReadOnlyList<CableVersion>> GetVersionsAsync(string referenceId, Principal principal, CancellationToken cancellationToken = default) =>
        Guard(async () =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"""
                SELECT v.number, v.stored_at, v.source, v.content
                FROM ({FindById}) c JOIN cable_versions v ON v.cable_id = c.id
                WHERE {PostgresPolicy.Where(principal)}
                ORDER BY v.number
                """, connection);
            command.Parameters.Add(Lookup(referenceId));
            var versions = new List<CableVersion>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var (raw, cable) = CableContent.UnpackCable(reader.GetFieldValue<byte[]>(3));
                var storedAt = new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(1), DateTimeKind.Utc));
                versions.Add(new CableVersion(reader.GetInt32(0), storedAt, reader.GetString(2), raw, cable));
            }
            return (IReadOnlyList<CableVersion>)versions;
        });

    /// <inheritdoc />
    public Task<ReferenceLinks?> GetReferencesAsync(string referenceId, Principal principal, CancellationToken cancellationToken = default) =>
        Guard(async () =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
            long id;
            string canonical;
            string[] aliases;
            await using (var find = new NpgsqlCommand($"SELECT c.id, c.reference_id, c.aliases FROM ({FindById}) c WHERE {PostgresPolicy.Where(principal)}", connection, transaction))
            {
                find.Parameters.Add(Lookup(referenceId));
                await using var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
                id = reader.GetInt64(0);
                canonical = reader.GetString(1);
                aliases = reader.GetFieldValue<string[]>(2);
            }

            var references = new List<string>();
            var dangling = new List<string>();
            await using (var cites = new NpgsqlCommand($"""
                SELECT r.cited, t.reference_id, coalesce({PostgresPolicy.Where(principal, "t")}, FALSE)
                FROM cables s, unnest(s.cited) WITH ORDINALITY AS r(cited, position)
                LEFT JOIN LATERAL (
                    SELECT x.reference_id, x.level, x.noforn, x.restricted FROM cables x
                    WHERE x.reference_id = r.cited OR x.aliases @> ARRAY[r.cited]
                    ORDER BY x.reference_id = r.cited DESC, x.id LIMIT 1
                ) t ON TRUE
                WHERE s.id = $1
                ORDER BY r.position
                """, connection, transaction))
            {
                // A cited cable the principal may not see is reported as dangling: for them it is not in the archive.
                cites.Parameters.Add(new NpgsqlParameter { Value = id, NpgsqlDbType = NpgsqlDbType.Bigint });
                await using var reader = await cites.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var visible = !reader.IsDBNull(1) && reader.GetBoolean(2);
                    var target = visible ? reader.GetString(1) : reader.GetString(0);
                    if (target == canonical) continue;
                    var list = visible ? references : dangling;
                    if (!list.Contains(target)) list.Add(target);
                }
            }

            var citedBy = new List<string>();
            await using (var citing = new NpgsqlCommand($"""
                SELECT s.reference_id FROM cables s
                WHERE s.cited && $1 AND s.id <> $2 AND {PostgresPolicy.Where(principal, "s")}
                ORDER BY s.created ASC NULLS LAST, s.reference_id COLLATE "C"
                """, connection, transaction))
            {
                citing.Parameters.Add(new NpgsqlParameter { Value = aliases.Prepend(canonical).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                citing.Parameters.Add(new NpgsqlParameter { Value = id, NpgsqlDbType = NpgsqlDbType.Bigint });
                await using var reader = await citing.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    citedBy.Add(reader.GetString(0));
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return (ReferenceLinks?)new ReferenceLinks([.. references], [.. citedBy], [.. dangling]);
        });

    /// <summary>Ids are looked up trimmed and upper case, as the SQLite store does.</summary>
    private static NpgsqlParameter Lookup(string referenceId) =>
        new() { Value = PgText.Clean(referenceId.Trim().ToUpperInvariant()), NpgsqlDbType = NpgsqlDbType.Text };
}
