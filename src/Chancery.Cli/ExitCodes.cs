namespace Chancery.Cli;

/// <summary>Exit statuses of <c>chancery</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was read (diagnostics do not change it).</summary>
    public const int Ok = 0;

    /// <summary><c>validate</c> found at least one error.</summary>
    public const int Findings = 1;

    /// <summary>A usage error or an unreadable input.</summary>
    public const int UsageOrInput = 2;

    /// <summary>A defect in chancery itself (reported in one line, never as a stack trace).</summary>
    public const int Internal = 3;
}
