using Chancery.Archive.Security;

namespace Chancery.Archive.Storage.Sqlite;

public sealed partial class SqliteArchiveStore
{
    /// <inheritdoc />
    public IUserDirectory Users => throw new NotSupportedException("users are not stored yet");

    /// <inheritdoc />
    public IAuditLog Audit => throw new NotSupportedException("the audit log is not stored yet");
}
