namespace Chancery.Archive.Security;

/// <summary>A read refused by the exfiltration guard or a role check; the message is one sentence for the user.</summary>
public sealed class AccessDeniedException : ArchiveException
{
    /// <summary>Creates the exception.</summary>
    public AccessDeniedException(string message) : base(message) { }
}
