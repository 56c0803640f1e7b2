using Chancery.Archive.Security;
using Microsoft.Data.Sqlite;

namespace Chancery.Archive.Storage.Sqlite;

public sealed partial class SqliteArchiveStore
{
    /// <inheritdoc />
    public async Task<AccessPolicy> GetPolicyAsync(CancellationToken cancellationToken = default)
    {
        await using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        return ReadPolicy(lease.Connection, null);
    }

    /// <inheritdoc />
    public async Task SetPolicyAsync(AccessPolicy policy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(policy);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var transaction = _writer.BeginTransaction();
            using var command = _writer.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO policy_settings(key, value) VALUES ('release_mode', $mode), ('auto_declassify', $auto)
                ON CONFLICT(key) DO UPDATE SET value = excluded.value
                """;
            command.Parameters.AddWithValue("$mode", policy.Mode.ToString());
            command.Parameters.AddWithValue("$auto", policy.AutoDeclassify ? "1" : "0");
            command.ExecuteNonQuery();
            transaction.Commit();
        }
        catch (SqliteException e)
        {
            throw Translate(e, _path);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <inheritdoc />
    public async Task<bool> DeclassifyAsync(string referenceId, string reason, string by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(referenceId);
        var at = CableDocument.FormatDate(_time.GetUtcNow().UtcDateTime);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var transaction = _writer.BeginTransaction();
            using var command = _writer.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"""
                INSERT INTO declassifications(cable_id, at, by, reason) SELECT f.id, $at, $by, $reason FROM ({FindById}) f WHERE 1
                ON CONFLICT(cable_id) DO UPDATE SET at = excluded.at, by = excluded.by, reason = excluded.reason;
                UPDATE cables SET declassified = 1 WHERE id IN (SELECT f.id FROM ({FindById}) f);
                """;
            command.Parameters.AddWithValue("$ref", NormalizeLookup(referenceId));
            command.Parameters.AddWithValue("$at", at);
            command.Parameters.AddWithValue("$by", by ?? "");
            command.Parameters.AddWithValue("$reason", reason ?? "");
            var changed = command.ExecuteNonQuery();
            transaction.Commit();
            return changed > 0;
        }
        catch (SqliteException e)
        {
            throw Translate(e, _path);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>The stored policy (the default for settings never written).</summary>
    private static AccessPolicy ReadPolicy(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = PolicySettings.Select;
        var policy = AccessPolicy.Default;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            policy = PolicySettings.Apply(policy, reader.GetString(0), reader.GetString(1));
        }
        return policy;
    }

    /// <summary>The rules a query applies: the stored policy, read in the query's own transaction, and today.</summary>
    private ReleaseRules ReadRules(SqliteConnection connection, SqliteTransaction? transaction) =>
        ReleaseRules.At(ReadPolicy(connection, transaction), _time);

    /// <summary>The explicit declassification columns (at, by, reason) as the rules' declassification of a cable.</summary>
    private static Declassification? DeclassificationOf(ReleaseRules rules, SqliteDataReader reader, int declDate, int at)
    {
        var date = reader.IsDBNull(declDate) ? null : reader.GetString(declDate);
        DateTimeOffset? when = reader.IsDBNull(at) ? null : new DateTimeOffset(CableDocument.ParseDate(reader.GetString(at))!.Value, TimeSpan.Zero);
        return rules.DeclassificationOf(date, when, reader.IsDBNull(at + 1) ? null : reader.GetString(at + 1),
            reader.IsDBNull(at + 2) ? null : reader.GetString(at + 2));
    }
}
