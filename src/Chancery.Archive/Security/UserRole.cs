namespace Chancery.Archive.Security;

/// <summary>What a user may do besides reading what their clearance allows.</summary>
public enum UserRole
{
    /// <summary>Reads and searches.</summary>
    Reader,

    /// <summary>Also ingests and declassifies.</summary>
    Archivist,

    /// <summary>Also manages users, reads the audit log and sees alerts.</summary>
    Admin,
}
