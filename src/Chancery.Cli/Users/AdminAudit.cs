using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Cli.Archive;

namespace Chancery.Cli.Users;

/// <summary>Puts an administrative command (users, declassification, policy) on the audit log as <c>cli:$USER</c>.</summary>
internal static class AdminAudit
{
    public static Task AppendAsync(IArchiveStore store, AuditAction action, string target, string detail, CancellationToken cancellationToken)
    {
        var caller = ArchiveOptions.SystemCaller();
        return store.Audit.AppendAsync(new AuditEvent(TimeProvider.System.GetUtcNow(), caller.AuditName, action, target, 0, caller.From, detail), cancellationToken);
    }
}
