using Chancery.Archive.Security;
using Npgsql;
using NpgsqlTypes;

namespace Chancery.Archive.Storage.Postgres;

public sealed partial class PostgresArchiveStore
{
    /// <inheritdoc />
    public Task<AccessPolicy> GetPolicyAsync(CancellationToken cancellationToken = default) =>
        Guard(async () =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await ReadPolicyAsync(connection, null, cancellationToken).ConfigureAwait(false);
        });

    /// <inheritdoc />
    public Task SetPolicyAsync(AccessPolicy policy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Guard(async () =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("""
                INSERT INTO policy_settings (key, value) VALUES ('release_mode', $1), ('auto_declassify', $2)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """, connection);
            command.Parameters.Add(new NpgsqlParameter { Value = policy.Mode.ToString(), NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter { Value = policy.AutoDeclassify ? "1" : "0", NpgsqlDbType = NpgsqlDbType.Text });
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return true;
        });
    }

    /// <inheritdoc />
    public Task<bool> DeclassifyAsync(string referenceId, string reason, string by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(referenceId);
        var at = _time.GetUtcNow();
        at = at.AddTicks(-(at.Ticks % TimeSpan.TicksPerSecond));
        return Guard(async () =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"""
                WITH f AS ({FindById}),
                d AS (
                    INSERT INTO declassifications (cable_id, at, by, reason) SELECT id, $2, $3, $4 FROM f
                    ON CONFLICT (cable_id) DO UPDATE SET at = excluded.at, by = excluded.by, reason = excluded.reason
                    RETURNING cable_id
                )
                UPDATE cables SET declassified = TRUE WHERE id IN (SELECT cable_id FROM d)
                """, connection);
            command.Parameters.Add(Lookup(referenceId));
            command.Parameters.Add(new NpgsqlParameter { Value = at.UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            command.Parameters.Add(new NpgsqlParameter { Value = PgText.Clean(by ?? ""), NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter { Value = PgText.Clean(reason ?? ""), NpgsqlDbType = NpgsqlDbType.Text });
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
        });
    }

    private static async Task<AccessPolicy> ReadPolicyAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            PolicySettings.Select, connection, transaction);
        var policy = AccessPolicy.Default;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            policy = PolicySettings.Apply(policy, reader.GetString(0), reader.GetString(1));
        }
        return policy;
    }

    /// <summary>The rules a query applies: the stored policy and today.</summary>
    private async Task<ReleaseRules> ReadRulesAsync(NpgsqlConnection connection, CancellationToken cancellationToken, NpgsqlTransaction? transaction = null) =>
        ReleaseRules.At(await ReadPolicyAsync(connection, transaction, cancellationToken).ConfigureAwait(false), _time);

    /// <summary>decl_date (as text), at, by, reason from column <paramref name="first"/> on as the rules' declassification.</summary>
    private static Declassification? DeclassificationOf(ReleaseRules rules, NpgsqlDataReader reader, int first)
    {
        var date = reader.IsDBNull(first) ? null : reader.GetString(first);
        DateTimeOffset? at = reader.IsDBNull(first + 1) ? null : new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(first + 1), DateTimeKind.Utc));
        return rules.DeclassificationOf(date, at, reader.IsDBNull(first + 2) ? null : reader.GetString(first + 2),
            reader.IsDBNull(first + 3) ? null : reader.GetString(first + 3));
    }
}
