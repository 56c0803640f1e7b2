using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Chancery.Archive.Security;

namespace Chancery.Archive.Storage.Accounts;

/// <summary>
/// <see cref="IAuditLog"/> over the <c>audit_log</c> table of either backend. Appends run in a write transaction that
/// serialises them, read the last entry's hash and chain the new one to it (<see cref="AuditChain"/>); the table's
/// triggers refuse updates and deletes.
/// </summary>
internal sealed class SqlAuditLog(AccountsDatabase database) : IAuditLog
{
    private const string Columns = "id, at, user_name, action, target, cables, origin, detail, hash";

    /// <summary>The longest target or detail kept (a pasted megabyte of query must not bloat the log).</summary>
    private const int MaxText = 2000;

    /// <summary>The most entries written in one transaction.</summary>
    private const int MaxBatch = 512;

    private readonly ConcurrentQueue<Pending> _pending = new();
    private int _writing;

    /// <summary>
    /// Appends an entry. Concurrent appends are written together (group commit): one writer at a time drains the queue
    /// in transactions of up to <see cref="MaxBatch"/> entries, chaining each to the one before, so a busy server never
    /// has many requests contending for the database's write lock. An entry is written even when its caller stops
    /// waiting: a read that happened is always on record.
    /// </summary>
    public async Task<AuditEntry> AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        var stored = AuditChain.Stored(auditEvent with
        {
            Target = Cut(auditEvent.Target) ?? "",
            Detail = Cut(auditEvent.Detail),
            User = Cut(auditEvent.User) ?? "",
            From = Cut(auditEvent.From) ?? "",
        });
        var pending = new Pending(stored, new TaskCompletionSource<AuditEntry>(TaskCreationOptions.RunContinuationsAsynchronously));
        _pending.Enqueue(pending);
        if (Interlocked.CompareExchange(ref _writing, 1, 0) == 0) _ = Task.Run(DrainAsync, CancellationToken.None);
        return await pending.Written.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes queued entries until the queue is empty, then gives up the writer's role.</summary>
    private async Task DrainAsync()
    {
        while (true)
        {
            var batch = new List<Pending>();
            while (batch.Count < MaxBatch && _pending.TryDequeue(out var next)) batch.Add(next);
            if (batch.Count == 0)
            {
                Volatile.Write(ref _writing, 0);
                // An append may have queued after the last dequeue and seen a writer still running: take it back.
                if (_pending.IsEmpty || Interlocked.CompareExchange(ref _writing, 1, 0) != 0) return;
                continue;
            }
            try
            {
                var entries = await WriteAsync(batch).ConfigureAwait(false);
                for (var i = 0; i < batch.Count; i++) batch[i].Written.TrySetResult(entries[i]);
            }
            catch (Exception e)
            {
                foreach (var pending in batch) pending.Written.TrySetException(e);
            }
        }
    }

    private Task<List<AuditEntry>> WriteAsync(List<Pending> batch) => database.RunAsync(async connection =>
    {
        await using var transaction = await database.BeginWriteAsync(connection, CancellationToken.None).ConfigureAwait(false);
        long id = 0;
        var previous = "";
        await using (var last = AccountsDatabase.Command(connection, transaction, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"))
        await using (var reader = await last.ExecuteReaderAsync().ConfigureAwait(false))
        {
            if (await reader.ReadAsync().ConfigureAwait(false))
            {
                id = Int(reader, 0);
                previous = reader.GetString(1);
            }
        }
        var entries = new List<AuditEntry>(batch.Count);
        foreach (var (stored, _) in batch)
        {
            id++;
            var hash = AuditChain.Hash(previous, id, stored);
            await using (var insert = AccountsDatabase.Command(connection, transaction, $"""
                INSERT INTO audit_log ({Columns}) VALUES (@id, @at, @user, @action, @target, @cables, @origin, @detail, @hash)
                """,
                ("id", id), ("at", stored.At.ToUnixTimeMilliseconds()), ("user", stored.User), ("action", stored.Action.ToString()),
                ("target", stored.Target), ("cables", (long)stored.Cables), ("origin", stored.From), ("detail", stored.Detail), ("hash", hash)))
            {
                await insert.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
            entries.Add(new AuditEntry(id, stored, hash));
            previous = hash;
        }
        await transaction.CommitAsync().ConfigureAwait(false);
        return entries;
    }, CancellationToken.None);

    private sealed record Pending(AuditEvent Stored, TaskCompletionSource<AuditEntry> Written);

    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new List<string>();
        var parameters = new List<(string, object?)>();
        if (query.User is not null)
        {
            where.Add("user_name = @user");
            parameters.Add(("user", query.User));
        }
        if (query.Since is { } since)
        {
            where.Add("at >= @since");
            parameters.Add(("since", since.ToUnixTimeMilliseconds()));
        }
        if (query.Actions is { Count: > 0 } actions) where.Add(ActionsIn(actions, parameters));
        parameters.Add(("limit", (long)Math.Clamp(query.Limit, 0, 1_000_000)));
        var sql = $"SELECT {Columns} FROM audit_log {(where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where))} ORDER BY id DESC LIMIT @limit";
        return await database.RunAsync<IReadOnlyList<AuditEntry>>(async connection =>
        {
            await using var command = AccountsDatabase.Command(connection, null, sql, [.. parameters]);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var entries = new List<AuditEntry>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) entries.Add(ReadEntry(reader));
            return entries;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> SumCablesAsync(string user, IReadOnlyList<AuditAction> actions, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        if (actions.Count == 0) return 0;
        var parameters = new List<(string, object?)> { ("user", user), ("since", since.ToUnixTimeMilliseconds()) };
        var sql = $"SELECT coalesce(sum(cables), 0) FROM audit_log WHERE user_name = @user AND at >= @since AND {ActionsIn(actions, parameters)}";
        return await database.RunAsync(async connection =>
        {
            await using var command = AccountsDatabase.Command(connection, null, sql, [.. parameters]);
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default) =>
        await database.RunAsync(async connection =>
        {
            await using var command = AccountsDatabase.Command(connection, null, $"SELECT {Columns} FROM audit_log ORDER BY id");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            long count = 0;
            long expectedId = 1;
            var previous = "";
            long? broken = null;
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var entry = ReadEntry(reader);
                count++;
                if (broken is null && (entry.Id != expectedId || AuditChain.Hash(previous, entry.Id, entry.Event) != entry.Hash))
                    broken = entry.Id;
                previous = entry.Hash;
                expectedId = entry.Id + 1;
            }
            return new AuditVerification(count, broken);
        }, cancellationToken).ConfigureAwait(false);

    private static string ActionsIn(IReadOnlyList<AuditAction> actions, List<(string, object?)> parameters)
    {
        var names = new StringBuilder("action IN (");
        foreach (var (action, i) in actions.Distinct().Select((a, i) => (a, i)))
        {
            if (i > 0) names.Append(", ");
            names.Append("@action").Append(i);
            parameters.Add(("action" + i.ToString(CultureInfo.InvariantCulture), action.ToString()));
        }
        return names.Append(')').ToString();
    }

    private static AuditEntry ReadEntry(DbDataReader reader)
    {
        var action = Enum.TryParse<AuditAction>(reader.GetString(3), out var parsed) ? parsed : AuditAction.Denied;
        var auditEvent = new AuditEvent(DateTimeOffset.FromUnixTimeMilliseconds(Int(reader, 1)), reader.GetString(2), action,
            reader.GetString(4), (int)Int(reader, 5), reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7));
        return new AuditEntry(Int(reader, 0), auditEvent, reader.GetString(8));
    }

    private static string? Cut(string? text) => text is { Length: > MaxText } ? text[..MaxText] : text;

    private static long Int(DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
}
