using System.Collections.Concurrent;
using Chancery.Archive;
using Chancery.Archive.Query;

namespace Chancery.Relay.Tests.Support;

/// <summary>An archive that records what the station saved (and can be told to fail).</summary>
internal sealed class FakeArchive : IArchiveStore
{
    public ConcurrentQueue<IncomingCable> Saved { get; } = new();

    public int FailNext;

    public string Description => "fake";

    public Task<IReadOnlyList<SaveOutcome>> SaveBatchAsync(IReadOnlyList<IncomingCable> batch, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Decrement(ref FailNext) >= 0) throw new IOException("disk full (fake)");
        foreach (var c in batch) Saved.Enqueue(c);
        return Task.FromResult<IReadOnlyList<SaveOutcome>>(batch.Select(_ => SaveOutcome.Added).ToList());
    }

    public Task<SearchResults> SearchAsync(SearchRequest request, Principal principal, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<ArchivedCable?> GetCableAsync(string referenceId, Principal principal, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<IReadOnlyList<CableVersion>> GetVersionsAsync(string referenceId, Principal principal, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<ReferenceLinks?> GetReferencesAsync(string referenceId, Principal principal, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<IReadOnlyList<CountRow>> GetStatsAsync(StatsDimension by, QueryNode? query, Principal principal, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public IAsyncEnumerable<ArchivedCable> ExportAsync(QueryNode? query, Principal principal, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<Chancery.Archive.Security.AccessPolicy> GetPolicyAsync(CancellationToken cancellationToken = default) => Task.FromResult(Chancery.Archive.Security.AccessPolicy.Default);
    public Task SetPolicyAsync(Chancery.Archive.Security.AccessPolicy policy, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<bool> DeclassifyAsync(string referenceId, string reason, string by, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Chancery.Archive.Security.IUserDirectory Users => throw new NotSupportedException();
    public Chancery.Archive.Security.IAuditLog Audit => throw new NotSupportedException();

    public Task<ArchiveCounts> CountAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
