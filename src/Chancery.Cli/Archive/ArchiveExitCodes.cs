namespace Chancery.Cli.Archive;

/// <summary>Exit statuses of the archive commands, beside <see cref="ExitCodes"/>.</summary>
internal static class ArchiveExitCodes
{
    /// <summary><c>show</c> or <c>refs</c>: no such cable in the archive (or not visible to the asking user).</summary>
    public const int NotFound = 1;

    /// <summary>Refused by the exfiltration guard (a read limit reached) or because the user is disabled; the refusal is audited.</summary>
    public const int Refused = 4;

    /// <summary>Interrupted by Ctrl-C or SIGTERM (128 + SIGINT, the shell's convention); what was committed stays.</summary>
    public const int Interrupted = 130;
}
