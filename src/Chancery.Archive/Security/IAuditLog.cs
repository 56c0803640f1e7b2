namespace Chancery.Archive.Security;

/// <summary>
/// The append-only audit log kept in the archive's database: no API updates or deletes entries, the database refuses
/// to (triggers), and each entry hashes its predecessor so an edit made behind the database's back is detected.
/// </summary>
public interface IAuditLog
{
    /// <summary>Appends one event.</summary>
    Task<AuditEntry> AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);

    /// <summary>Entries matching <paramref name="query"/>, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default);

    /// <summary>Sum of <see cref="AuditEvent.Cables"/> over the user's events of the given actions since a time.</summary>
    Task<long> SumCablesAsync(string user, IReadOnlyList<AuditAction> actions, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>Recomputes the hash chain.</summary>
    Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default);
}
