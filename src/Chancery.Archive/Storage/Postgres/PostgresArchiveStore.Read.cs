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

    /// <summary>
    /// The cable's row as the principal may see it (none when absent or not visible): id, reference_id, published_id,
    /// versions, the served view's is_full, decl_date, the explicit declassification's at, by, reason, then aliases.
    /// </summary>
    private static string FindVisible(Principal principal, ReleaseRules rules) => $"""
        SELECT c.id, c.reference_id, c.published_id, c.versions, w.is_full, to_char(c.decl_date, 'YYYY-MM-DD') AS decl_date,
            d.at, d.by, d.reason, c.aliases
        FROM ({FindById}) c JOIN cable_views w ON w.cable_id = c.id LEFT JOIN declassifications d ON d.cable_id = c.id
        WHERE {PostgresPolicy.Where(principal, rules)}
        """;

    /// <inheritdoc />
    public Task<ArchivedCable?> GetCableAsync(string referenceId, Principal principal, CancellationToken cancellationToken = default) =>
        Guard(async () =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var rules = await ReadRulesAsync(connection, cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"""
                SELECT f.reference_id, f.published_id, f.versions, v.content, f.is_full, f.decl_date, f.at, f.by, f.reason
                FROM ({FindVisible(principal, rules)}) f JOIN cable_versions v ON v.cable_id = f.id AND v.number = f.versions
                """, connection);
            command.Parameters.Add(Lookup(referenceId));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadReleased(reader, rules, principal) : null;
        });

    /// <inheritdoc />
    public Task<IReadOnlyList<CableVersion>> GetVersionsAsync(string referenceId, Principal principal, CancellationToken cancellationToken = default) =>
        Guard(async () =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var rules = await ReadRulesAsync(connection, cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"""
                SELECT v.number, v.stored_at, v.source, v.content, f.decl_date, f.at, f.by, f.reason
                FROM ({FindVisible(principal, rules)}) f JOIN cable_versions v ON v.cable_id = f.id
                ORDER BY v.number
                """, connection);
            command.Parameters.Add(Lookup(referenceId));
            var versions = new List<CableVersion>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var (raw, cable) = CableContent.UnpackCable(reader.GetFieldValue<byte[]>(3));
                var storedAt = new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(1), DateTimeKind.Utc));
                var declassified = DeclassificationOf(rules, reader, 4) is not null;
                if (rules.Release(new CableVersion(reader.GetInt32(0), storedAt, reader.GetString(2), raw, cable), declassified, principal) is { } released)
                    versions.Add(released);
            }
            return (IReadOnlyList<CableVersion>)versions;
        });

    /// <inheritdoc />
    public Task<ReferenceLinks?> GetReferencesAsync(string referenceId, Principal principal, CancellationToken cancellationToken = default) =>
        Guard(async () =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
            var rules = await ReadRulesAsync(connection, cancellationToken, transaction).ConfigureAwait(false);
            long id;
            string canonical;
            string[] aliases;
            await using (var find = new NpgsqlCommand($"SELECT f.id, f.reference_id, f.aliases FROM ({FindVisible(principal, rules)}) f", connection, transaction))
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
                SELECT r.cited, t.reference_id, t.id IS NOT NULL AND {PostgresPolicy.Visible(principal, rules, "t")}
                FROM cables s, unnest(s.cited) WITH ORDINALITY AS r(cited, position)
                LEFT JOIN LATERAL (
                    SELECT x.id, x.reference_id, x.restricted, x.declassified, x.decl_date FROM cables x
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
                WHERE s.cited && $1 AND s.id <> $2 AND {PostgresPolicy.Visible(principal, rules, "s")}
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
