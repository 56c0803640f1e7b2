namespace Chancery.Archive.Security;

/// <summary>Who is asking and from where, for policy, the exfiltration guard and the audit log.</summary>
/// <param name="User">The signed-in user, or null for the system itself (an unnamed command-line run on the archive's host).</param>
/// <param name="From">The client address, or <c>cli</c>.</param>
/// <param name="SystemName">The name audited for a null <paramref name="User"/>, e.g. <c>cli:alice</c>.</param>
public sealed record Caller(UserAccount? User, string From, string SystemName = "system")
{
    /// <summary>The need-to-know view to apply.</summary>
    public Principal Principal => User?.ToPrincipal() ?? Principal.Unrestricted;

    /// <summary>The name written to the audit log.</summary>
    public string AuditName => User?.Name ?? SystemName;
}
