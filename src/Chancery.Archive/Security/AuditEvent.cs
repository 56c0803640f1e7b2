namespace Chancery.Archive.Security;

/// <summary>What an audited event did.</summary>
public enum AuditAction
{
    /// <summary>A search (target: the query).</summary>
    Search,
    /// <summary>A cable read (target: its reference id).</summary>
    Read,
    /// <summary>An export (target: the query; cables: how many).</summary>
    Export,
    /// <summary>A reference-graph read.</summary>
    References,
    /// <summary>Statistics.</summary>
    Stats,
    /// <summary>A successful login.</summary>
    Login,
    /// <summary>A failed login.</summary>
    LoginFailed,
    /// <summary>A request refused by policy or the exfiltration guard.</summary>
    Denied,
    /// <summary>The exfiltration guard's alert for administrators.</summary>
    Alert,
    /// <summary>A change to users or tokens.</summary>
    UserAdmin,
    /// <summary>An explicit declassification or policy change.</summary>
    Declassify,
    /// <summary>A cable released through a relay station from the web's comm centre (target: its reference id).</summary>
    Release,
}

/// <summary>One audited event.</summary>
/// <param name="At">When (UTC).</param>
/// <param name="User">Who (user name; <c>cli:OSUSER</c> for an unnamed command-line read).</param>
/// <param name="Action">What kind.</param>
/// <param name="Target">What: a reference id, a query, a user name.</param>
/// <param name="Cables">How many cables the event returned or touched.</param>
/// <param name="From">From where: the client address, or <c>cli</c>.</param>
/// <param name="Detail">Anything else worth keeping (a refusal's reason, an alert's explanation).</param>
public sealed record AuditEvent(DateTimeOffset At, string User, AuditAction Action, string Target, int Cables, string From, string? Detail = null);

/// <summary>A stored audit event with its place in the tamper-evident chain.</summary>
/// <param name="Id">Sequence number, from 1.</param>
/// <param name="Event">The event.</param>
/// <param name="Hash">SHA-256 (hex) over the previous entry's hash and this event.</param>
public sealed record AuditEntry(long Id, AuditEvent Event, string Hash);

/// <summary>Which audit entries to list.</summary>
/// <param name="User">Only this user.</param>
/// <param name="Since">Only at or after this time.</param>
/// <param name="Actions">Only these actions (null or empty = all).</param>
/// <param name="Limit">At most this many, newest first.</param>
public sealed record AuditQuery(string? User = null, DateTimeOffset? Since = null, IReadOnlyList<AuditAction>? Actions = null, int Limit = 1000);

/// <summary>Whether the chain of audit hashes is intact.</summary>
/// <param name="Entries">Entries checked.</param>
/// <param name="FirstBrokenId">The first entry whose hash does not match, or null when intact.</param>
public sealed record AuditVerification(long Entries, long? FirstBrokenId);
