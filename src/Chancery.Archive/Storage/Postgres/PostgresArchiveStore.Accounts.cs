using Chancery.Archive.Security;

namespace Chancery.Archive.Storage.Postgres;

public sealed partial class PostgresArchiveStore
{
    /// <inheritdoc />
    public IUserDirectory Users => throw new NotSupportedException("users are not stored yet");

    /// <inheritdoc />
    public IAuditLog Audit => throw new NotSupportedException("the audit log is not stored yet");
}
