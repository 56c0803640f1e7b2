using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Chancery.Archive.Query;

namespace Chancery.Archive.Security;

/// <summary>
/// The archive as the CLI and the web use it for people: every read goes through the exfiltration guard first and is
/// appended to the audit log after; policy is applied by the store inside its queries for <see cref="Caller.Principal"/>.
/// A refusal throws <see cref="AccessDeniedException"/> after auditing it.
/// <para>
/// What counts against a user's read limits: a cable shown (<see cref="GetCableAsync"/>, <see cref="GetVersionsAsync"/>:
/// one each) and every exported cable. Searches (snippets only), reference lists and statistics count nothing but are
/// audited like everything else, with who, when, what, from where and how many cables the answer held.
/// </para>
/// <para>
/// One user's reads are checked and recorded one at a time within a process, so parallel requests cannot slip past
/// a limit together. Share one instance per store (the web keeps a singleton); separate processes on one archive
/// can each overshoot a limit by the reads they have in flight at the same moment.
/// </para>
/// </summary>
public sealed class GuardedArchive
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _userLocks = new(StringComparer.Ordinal);

    /// <summary>Creates the gateway over <paramref name="store"/>.</summary>
    public GuardedArchive(IArchiveStore store, TimeProvider time) : this(store, time, ExfiltrationGuardOptions.Default) { }

    /// <summary>Creates the gateway over <paramref name="store"/> with the guard's anomaly settings.</summary>
    public GuardedArchive(IArchiveStore store, TimeProvider time, ExfiltrationGuardOptions options)
    {
        Store = store;
        Time = time;
        Guard = new ExfiltrationGuard(store.Audit, time, options);
    }

    /// <summary>The underlying store (for administration; reads through it are not audited).</summary>
    public IArchiveStore Store { get; }

    /// <summary>The clock for audit stamps and guard windows.</summary>
    public TimeProvider Time { get; }

    /// <summary>The exfiltration guard every read passes.</summary>
    public ExfiltrationGuard Guard { get; }

    /// <summary>A search, audited with its query and how many cables it returned.</summary>
    public async Task<SearchResults> SearchAsync(SearchRequest request, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = QueryTarget(request.Query);
        await EnsureEnabledAsync(caller, target, cancellationToken).ConfigureAwait(false);
        var results = await Store.SearchAsync(request, caller.Principal, cancellationToken).ConfigureAwait(false);
        await AuditAsync(caller, AuditAction.Search, target, results.Results.Count,
            $"page {request.Page} ({request.Limit} a page), {results.Total} matches", cancellationToken).ConfigureAwait(false);
        return results;
    }

    /// <summary>One cable (counts one read against the guard's limits); null when absent or not visible.</summary>
    public async Task<ArchivedCable?> GetCableAsync(string referenceId, Caller caller, CancellationToken cancellationToken = default)
    {
        using var turn = await TurnAsync(caller, cancellationToken).ConfigureAwait(false);
        await GuardAsync(caller, 1, referenceId, cancellationToken).ConfigureAwait(false);
        var cable = await Store.GetCableAsync(referenceId, caller.Principal, cancellationToken).ConfigureAwait(false);
        await AuditAsync(caller, AuditAction.Read, cable?.ReferenceId ?? referenceId, cable is null ? 0 : 1,
            cable is null ? "not found" : null, cancellationToken).ConfigureAwait(false);
        if (cable is not null) await Guard.ReviewAsync(caller, cancellationToken).ConfigureAwait(false);
        return cable;
    }

    /// <summary>Every version of a cable (counts one read).</summary>
    public async Task<IReadOnlyList<CableVersion>> GetVersionsAsync(string referenceId, Caller caller, CancellationToken cancellationToken = default)
    {
        using var turn = await TurnAsync(caller, cancellationToken).ConfigureAwait(false);
        await GuardAsync(caller, 1, referenceId, cancellationToken).ConfigureAwait(false);
        var versions = await Store.GetVersionsAsync(referenceId, caller.Principal, cancellationToken).ConfigureAwait(false);
        await AuditAsync(caller, AuditAction.Read, referenceId, versions.Count == 0 ? 0 : 1,
            versions.Count == 0 ? "not found" : $"{versions.Count} versions", cancellationToken).ConfigureAwait(false);
        if (versions.Count > 0) await Guard.ReviewAsync(caller, cancellationToken).ConfigureAwait(false);
        return versions;
    }

    /// <summary>A cable's references both ways.</summary>
    public async Task<ReferenceLinks?> GetReferencesAsync(string referenceId, Caller caller, CancellationToken cancellationToken = default)
    {
        await EnsureEnabledAsync(caller, referenceId, cancellationToken).ConfigureAwait(false);
        var links = await Store.GetReferencesAsync(referenceId, caller.Principal, cancellationToken).ConfigureAwait(false);
        await AuditAsync(caller, AuditAction.References, referenceId, 0,
            links is null ? "not found" : $"{links.References.Count} cited, {links.CitedBy.Count} citing", cancellationToken).ConfigureAwait(false);
        return links;
    }

    /// <summary>Statistics.</summary>
    public async Task<IReadOnlyList<CountRow>> GetStatsAsync(StatsDimension by, QueryNode? query, Caller caller, CancellationToken cancellationToken = default)
    {
        var target = QueryTarget(query);
        await EnsureEnabledAsync(caller, target, cancellationToken).ConfigureAwait(false);
        var rows = await Store.GetStatsAsync(by, query, caller.Principal, cancellationToken).ConfigureAwait(false);
        await AuditAsync(caller, AuditAction.Stats, target, 0, $"by {by}, {rows.Count} rows", cancellationToken).ConfigureAwait(false);
        return rows;
    }

    /// <summary>
    /// An export, each cable counted against the guard as it is streamed; stops with a refusal at the limit. What was
    /// streamed is audited as one Export event when the stream ends (finished, refused, failed or abandoned).
    /// </summary>
    public async IAsyncEnumerable<ArchivedCable> ExportAsync(QueryNode? query, Caller caller,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var target = QueryTarget(query);
        await EnsureEnabledAsync(caller, target, cancellationToken).ConfigureAwait(false);
        var allowance = await Guard.AllowanceAsync(caller, cancellationToken).ConfigureAwait(false);
        var pending = 0;
        var audited = false;
        var completed = false;
        try
        {
            await foreach (var cable in Store.ExportAsync(query, caller.Principal, cancellationToken).ConfigureAwait(false))
            {
                if (pending >= allowance)
                {
                    // Put what was streamed on record first, so the guard's sums (and the refusal's message) include it.
                    if (pending > 0) await AuditAsync(caller, AuditAction.Export, target, pending, "stopped at the read limit", CancellationToken.None).ConfigureAwait(false);
                    audited = true;
                    pending = 0;
                    await GuardAsync(caller, 1, target, cancellationToken).ConfigureAwait(false);
                    allowance = await Guard.AllowanceAsync(caller, cancellationToken).ConfigureAwait(false);
                }
                pending++;
                yield return cable;
            }
            completed = true;
        }
        finally
        {
            if (pending > 0 || !audited)
                await AuditAsync(caller, AuditAction.Export, target, pending, completed ? null : "not finished", CancellationToken.None).ConfigureAwait(false);
        }
        await Guard.ReviewAsync(caller, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Waits for the user's earlier counted read to be recorded (nothing to wait for as the system).</summary>
    private async Task<IDisposable?> TurnAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.User is null) return null;
        var gate = _userLocks.GetOrAdd(caller.User.Name, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }

    /// <summary>Refuses (audited, <see cref="AccessDeniedException"/>) when the guard does not allow <paramref name="cables"/> more reads.</summary>
    private async Task GuardAsync(Caller caller, int cables, string target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var decision = await Guard.CheckAsync(caller, cables, target, cancellationToken).ConfigureAwait(false);
        if (!decision.Allowed) throw new AccessDeniedException(decision.Message ?? "read refused");
    }

    /// <summary>A disabled user reads nothing, not even search snippets.</summary>
    private Task EnsureEnabledAsync(Caller caller, string target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.User is { Disabled: true } ? GuardAsync(caller, 0, target, cancellationToken) : Task.CompletedTask;
    }

    private Task AuditAsync(Caller caller, AuditAction action, string target, int cables, string? detail, CancellationToken cancellationToken) =>
        Store.Audit.AppendAsync(new AuditEvent(Time.GetUtcNow(), caller.AuditName, action, target, cables, caller.From, detail), cancellationToken);

    private static string QueryTarget(QueryNode? query) => query is null ? "*" : QueryPrinter.Print(query);
}
