using Chancery.Archive.Query;

namespace Chancery.Archive.Security;

/// <summary>
/// The archive as the CLI and the web use it for people: every read goes through the exfiltration guard first and is
/// appended to the audit log after; policy is applied by the store inside its queries for <see cref="Caller.Principal"/>.
/// A refusal throws <see cref="AccessDeniedException"/> after auditing it.
/// </summary>
public sealed class GuardedArchive
{
    /// <summary>Creates the gateway over <paramref name="store"/>.</summary>
    public GuardedArchive(IArchiveStore store, TimeProvider time)
    {
        Store = store;
        Time = time;
    }

    /// <summary>The underlying store (for administration; reads through it are not audited).</summary>
    public IArchiveStore Store { get; }

    /// <summary>The clock for audit stamps and guard windows.</summary>
    public TimeProvider Time { get; }

    /// <summary>A search, audited with its query and how many cables it returned.</summary>
    public Task<SearchResults> SearchAsync(SearchRequest request, Caller caller, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>One cable (counts one read against the guard's limits); null when absent or not visible.</summary>
    public Task<ArchivedCable?> GetCableAsync(string referenceId, Caller caller, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>Every version of a cable (counts one read).</summary>
    public Task<IReadOnlyList<CableVersion>> GetVersionsAsync(string referenceId, Caller caller, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>A cable's references both ways.</summary>
    public Task<ReferenceLinks?> GetReferencesAsync(string referenceId, Caller caller, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>Statistics.</summary>
    public Task<IReadOnlyList<CountRow>> GetStatsAsync(StatsDimension by, QueryNode? query, Caller caller, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>An export, each cable counted against the guard as it is streamed; stops with a refusal at the limit.</summary>
    public IAsyncEnumerable<ArchivedCable> ExportAsync(QueryNode? query, Caller caller, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();
}
