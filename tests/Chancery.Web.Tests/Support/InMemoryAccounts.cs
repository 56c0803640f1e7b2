using Chancery.Archive;
using Chancery.Archive.Security;

namespace Chancery.Web.Tests.Support;

/// <summary>
/// The accounts of <see cref="InMemoryArchiveStore"/>: no users (so the site serves it as an open archive, as before
/// need-to-know) and an audit log in a list. Tests of users and tokens run over the real SQLite store.
/// </summary>
public sealed class NoUsers : IUserDirectory
{
    public Task<UserAccount> AddAsync(NewUser user, string password, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<UserAccount?> FindAsync(string name, CancellationToken cancellationToken = default) => Task.FromResult<UserAccount?>(null);
    public Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<UserAccount>>([]);
    public Task<UserAccount> UpdateAsync(string name, UserChanges changes, CancellationToken cancellationToken = default) => throw new ArchiveException($"no user {name}");
    public Task SetPasswordAsync(string name, string password, CancellationToken cancellationToken = default) => throw new ArchiveException($"no user {name}");
    public Task<LoginResult> VerifyPasswordAsync(string name, string password, CancellationToken cancellationToken = default) => Task.FromResult(new LoginResult(LoginOutcome.Rejected));
    public Task<IssuedToken> IssueTokenAsync(string name, TimeSpan? lifetime = null, CancellationToken cancellationToken = default) => throw new ArchiveException($"no user {name}");
    public Task<UserAccount?> AuthenticateTokenAsync(string token, CancellationToken cancellationToken = default) => Task.FromResult<UserAccount?>(null);
    public Task<IReadOnlyList<TokenInfo>> ListTokensAsync(string name, CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<TokenInfo>>([]);
    public Task<bool> RevokeTokenAsync(string tokenId, CancellationToken cancellationToken = default) => Task.FromResult(false);
    public Task<int> RevokeAllTokensAsync(string name, CancellationToken cancellationToken = default) => Task.FromResult(0);
}

/// <summary>An audit log in a list (no hash chain: the real one is tested with the stores).</summary>
public sealed class ListAuditLog : IAuditLog
{
    private readonly List<AuditEntry> _entries = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<AuditEntry> Entries { get { lock (_lock) return [.. _entries]; } }

    public Task<AuditEntry> AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var entry = new AuditEntry(_entries.Count + 1, auditEvent, "");
            _entries.Add(entry);
            return Task.FromResult(entry);
        }
    }

    public Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>(Entries
            .Where(e => (query.User is null || e.Event.User == query.User) && (query.Since is null || e.Event.At >= query.Since)
                        && (query.Actions is not { Count: > 0 } || query.Actions.Contains(e.Event.Action)))
            .Reverse().Take(query.Limit).ToList());

    public Task<long> SumCablesAsync(string user, IReadOnlyList<AuditAction> actions, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        Task.FromResult(Entries.Where(e => e.Event.User == user && actions.Contains(e.Event.Action) && e.Event.At >= since).Sum(e => (long)e.Event.Cables));

    public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default) => Task.FromResult(new AuditVerification(Entries.Count, null));
}
