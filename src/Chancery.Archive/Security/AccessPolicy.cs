namespace Chancery.Archive.Security;

/// <summary>A deployment's release rules, stored in the archive so every process that opens it applies the same ones.</summary>
/// <param name="Mode">Whole-cable or portion release.</param>
/// <param name="AutoDeclassify">
/// When true, a cable whose E.O. line carries a DECL date that has passed counts as declassified (unclassified, every
/// portion released). DECL words such as <c>N/A</c>, <c>OADR</c> or exemption codes (<c>X1</c>, <c>25X1</c>) never do.
/// Off unless a deployment turns it on: a passed date makes a cable eligible for release, and most cables of the
/// 2000s have passed theirs, so switching it on by default would open most of a historical archive to every reader.
/// </param>
public sealed record AccessPolicy(ReleaseMode Mode = ReleaseMode.WholeCable, bool AutoDeclassify = false)
{
    /// <summary>The policy of a new archive.</summary>
    public static AccessPolicy Default { get; } = new();
}
