using Chancery.Archive.Security;

namespace Chancery.Archive.Storage.Sqlite;

public sealed partial class SqliteArchiveStore
{
    /// <inheritdoc />
    public Task<AccessPolicy> GetPolicyAsync(CancellationToken cancellationToken = default) => Task.FromResult(AccessPolicy.Default);

    /// <inheritdoc />
    public Task SetPolicyAsync(AccessPolicy policy, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("release policies are not stored yet");

    /// <inheritdoc />
    public Task<bool> DeclassifyAsync(string referenceId, string reason, string by, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("declassification is not stored yet");
}
