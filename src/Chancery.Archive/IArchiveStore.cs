using Chancery.Archive.Query;
using Chancery.Archive.Security;

namespace Chancery.Archive;

/// <summary>
/// The archive: cables with every version seen, full-text and field search with facets, the reference graph.
/// Implemented by SQLite (embedded default) and PostgreSQL; both pass the same test suite and give the same answers.
/// Every read takes the asking <see cref="Principal"/> and applies its policy inside the query.
/// Implementations are safe for concurrent readers; writes are serialised by the caller (one ingest at a time).
/// </summary>
public interface IArchiveStore : IAsyncDisposable
{
    /// <summary>A one-line description for messages, e.g. <c>SQLite /home/u/.local/share/chancery/chancery.db</c>.</summary>
    string Description { get; }

    /// <summary>
    /// Stores one batch in one transaction and says for each cable whether it was added, updated (a new version
    /// of a known reference id) or unchanged (the same text seen before). Nothing of the batch is stored if it throws.
    /// </summary>
    Task<IReadOnlyList<SaveOutcome>> SaveBatchAsync(IReadOnlyList<IncomingCable> batch, CancellationToken cancellationToken = default);

    /// <summary>One page of matches with snippets, the total visible count and facet counts over all matches.</summary>
    Task<SearchResults> SearchAsync(SearchRequest request, Principal principal, CancellationToken cancellationToken = default);

    /// <summary>The latest version of a cable by reference id (canonical or as published), or null when absent or not visible.</summary>
    Task<ArchivedCable?> GetCableAsync(string referenceId, Principal principal, CancellationToken cancellationToken = default);

    /// <summary>Every version of a cable, oldest first; empty when absent or not visible.</summary>
    Task<IReadOnlyList<CableVersion>> GetVersionsAsync(string referenceId, Principal principal, CancellationToken cancellationToken = default);

    /// <summary>The cable's references resolved both ways, or null when the cable is absent or not visible.</summary>
    Task<ReferenceLinks?> GetReferencesAsync(string referenceId, Principal principal, CancellationToken cancellationToken = default);

    /// <summary>Counts of visible matching cables grouped by one dimension, largest first (months and years in time order).</summary>
    Task<IReadOnlyList<CountRow>> GetStatsAsync(StatsDimension by, QueryNode? query, Principal principal, CancellationToken cancellationToken = default);

    /// <summary>Every visible matching cable (latest versions), in reference-id order, streamed.</summary>
    IAsyncEnumerable<ArchivedCable> ExportAsync(QueryNode? query, Principal principal, CancellationToken cancellationToken = default);

    /// <summary>
    /// Prepares what makes searches fast (for SQLite, the in-memory facet index of a large archive) so the first
    /// readers of a server just started do not wait for it. True when something was prepared; false where there is
    /// nothing to prepare (a small archive, or a backend that needs nothing).
    /// </summary>
    Task<bool> WarmUpAsync(CancellationToken cancellationToken = default) => Task.FromResult(false);

    /// <summary>How many cables and versions the archive holds (unfiltered: for the archive's owner).</summary>
    Task<ArchiveCounts> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>The deployment's release rules, as stored in the archive (<see cref="AccessPolicy.Default"/> for a new one).</summary>
    Task<AccessPolicy> GetPolicyAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores new release rules; every later query applies them.</summary>
    Task SetPolicyAsync(AccessPolicy policy, CancellationToken cancellationToken = default);

    /// <summary>
    /// Declassifies a cable explicitly (every version; every portion released to every reader who holds its restricted
    /// captions), recording who and why. False when the cable is absent.
    /// </summary>
    Task<bool> DeclassifyAsync(string referenceId, string reason, string by, CancellationToken cancellationToken = default);

    /// <summary>The archive's users, passwords and API tokens.</summary>
    IUserDirectory Users { get; }

    /// <summary>The archive's append-only audit log.</summary>
    IAuditLog Audit { get; }
}
