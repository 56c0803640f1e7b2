namespace Chancery.Archive.Security;

/// <summary>The exfiltration guard's answer before a read or export.</summary>
/// <param name="Allowed">False when the read would take the user over a limit.</param>
/// <param name="Message">For a refusal, one clear sentence for the user (which limit, when it resets).</param>
public sealed record GuardDecision(bool Allowed, string? Message = null)
{
    /// <summary>Go ahead.</summary>
    public static GuardDecision Allow { get; } = new(true);
}
