using Chancery.Cables;
using Microsoft.Data.Sqlite;

namespace Chancery.Archive.Storage.Sqlite;

public sealed partial class SqliteArchiveStore
{
    /// <summary>The cable with a canonical or published id (no row when absent); callers add the policy.</summary>
    private const string FindById = """
        SELECT c.id, c.ref_id, c.published_id, c.versions FROM cables c
        WHERE c.id = coalesce((SELECT id FROM cables WHERE ref_id = $ref), (SELECT cable_id FROM aliases WHERE alias = $ref))
        """;

    /// <summary>
    /// The cable's row as the principal may see it (none when absent or not visible): id, ref_id, published_id, versions,
    /// the served view's is_full, decl_date, then the explicit declassification's at, by, reason.
    /// </summary>
    private static string FindVisible(Principal principal, ReleaseRules rules) => $"""
        SELECT c.id, c.ref_id, c.published_id, c.versions, w.is_full, c.decl_date, d.at, d.by, d.reason
        FROM ({FindById}) f JOIN cables c ON c.id = f.id JOIN views w ON w.cable_id = c.id
        LEFT JOIN declassifications d ON d.cable_id = c.id
        WHERE {SqlitePolicy.Where(principal, rules)}
        """;

    /// <inheritdoc />
    public async Task<ArchivedCable?> GetCableAsync(string referenceId, Principal principal, CancellationToken cancellationToken = default)
    {
        await using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        var connection = lease.Connection;
        using var transaction = connection.BeginTransaction(deferred: true);
        var rules = ReadRules(connection, transaction);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            SELECT f.*, v.content FROM ({FindVisible(principal, rules)}) f JOIN versions v ON v.cable_id = f.id AND v.number = f.versions
            """;
        command.Parameters.AddWithValue("$ref", NormalizeLookup(referenceId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        var (raw, cable) = CableContent.UnpackCable((byte[])reader.GetValue(9));
        return rules.Release(reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), cable, raw, reader.GetInt32(3),
            reader.GetInt64(4) != 0, DeclassificationOf(rules, reader, 5, 6), principal);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CableVersion>> GetVersionsAsync(string referenceId, Principal principal, CancellationToken cancellationToken = default)
    {
        await using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        var connection = lease.Connection;
        using var transaction = connection.BeginTransaction(deferred: true);
        var rules = ReadRules(connection, transaction);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            SELECT v.number, v.stored_at, v.source, v.content, f.decl_date, f.at, f.by, f.reason
            FROM ({FindVisible(principal, rules)}) f JOIN versions v ON v.cable_id = f.id
            ORDER BY v.number
            """;
        command.Parameters.AddWithValue("$ref", NormalizeLookup(referenceId));
        var versions = new List<CableVersion>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var (raw, cable) = CableContent.UnpackCable((byte[])reader.GetValue(3));
            var storedAt = new DateTimeOffset(CableDocument.ParseDate(reader.GetString(1))!.Value, TimeSpan.Zero);
            var declassified = DeclassificationOf(rules, reader, 4, 5) is not null;
            if (rules.Release(new CableVersion(reader.GetInt32(0), storedAt, reader.GetString(2), raw, cable), declassified, principal) is { } released)
                versions.Add(released);
        }
        return versions;
    }

    /// <inheritdoc />
    public async Task<ReferenceLinks?> GetReferencesAsync(string referenceId, Principal principal, CancellationToken cancellationToken = default)
    {
        await using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        var connection = lease.Connection;
        using var transaction = connection.BeginTransaction(deferred: true);
        var rules = ReadRules(connection, transaction);
        long id;
        string canonical;
        await using (var find = connection.CreateCommand())
        {
            find.Transaction = transaction;
            find.CommandText = $"SELECT f.id, f.ref_id FROM ({FindVisible(principal, rules)}) f";
            find.Parameters.AddWithValue("$ref", NormalizeLookup(referenceId));
            await using var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
            id = reader.GetInt64(0);
            canonical = reader.GetString(1);
        }

        var references = new List<string>();
        var dangling = new List<string>();
        await using (var cites = connection.CreateCommand())
        {
            // A cited cable the principal may not see is reported as dangling: for them it is not in the archive.
            cites.Transaction = transaction;
            cites.CommandText = $"""
                SELECT r.cited, t.ref_id, CASE WHEN t.id IS NULL THEN 0 ELSE {SqlitePolicy.Visible(principal, rules, "t")} END
                FROM refs r
                LEFT JOIN cables t ON t.id = coalesce((SELECT id FROM cables WHERE ref_id = r.cited), (SELECT cable_id FROM aliases WHERE alias = r.cited))
                WHERE r.cable_id = $id
                ORDER BY r.position
                """;
            cites.Parameters.AddWithValue("$id", id);
            await using var reader = await cites.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var visible = reader.GetInt64(2) != 0;
                var target = visible ? reader.GetString(1) : reader.GetString(0);
                if (target == canonical) continue;
                var list = visible ? references : dangling;
                if (!list.Contains(target)) list.Add(target);
            }
        }

        var citedBy = new List<string>();
        await using (var citing = connection.CreateCommand())
        {
            citing.Transaction = transaction;
            citing.CommandText = $"""
                SELECT s.ref_id FROM cables s
                WHERE s.id IN (SELECT cable_id FROM refs WHERE cited = $ref OR cited IN (SELECT alias FROM aliases WHERE cable_id = $id))
                  AND s.id <> $id AND {SqlitePolicy.Visible(principal, rules, "s")}
                ORDER BY s.created IS NULL, s.created, s.ref_id
                """;
            citing.Parameters.AddWithValue("$ref", canonical);
            citing.Parameters.AddWithValue("$id", id);
            await using var reader = await citing.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                citedBy.Add(reader.GetString(0));
        }
        return new ReferenceLinks([.. references], [.. citedBy], [.. dangling]);
    }

    private static string NormalizeLookup(string referenceId) => referenceId.Trim().ToUpperInvariant();
}
