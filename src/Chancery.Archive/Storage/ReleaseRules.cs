using System.Globalization;
using Chancery.Archive.Security;
using Chancery.Cables;

namespace Chancery.Archive.Storage;

/// <summary>
/// What a store applies to one query: the archive's stored policy and today's date (from the store's
/// <see cref="TimeProvider"/>, so a DECL date that passes declassifies without re-ingesting anything).
/// </summary>
/// <param name="Policy">The stored release policy.</param>
/// <param name="Today">Today (UTC) as <c>yyyy-MM-dd</c>; only digits and dashes, safe to put in SQL text.</param>
public sealed record ReleaseRules(AccessPolicy Policy, string Today)
{
    /// <summary>The rules of <paramref name="policy"/> at <paramref name="time"/>'s now.</summary>
    public static ReleaseRules At(AccessPolicy policy, TimeProvider time) =>
        new(policy, time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>The declassification that applies to a cable: explicit first, else a passed DECL date when automatic.</summary>
    public Declassification? DeclassificationOf(string? declassifyDate, DateTimeOffset? explicitAt, string? by, string? reason)
    {
        if (explicitAt is { } at) return new Declassification(at, by ?? "", reason ?? "", Automatic: false);
        if (Policy.AutoDeclassify && declassifyDate is not null && string.CompareOrdinal(declassifyDate, Today) <= 0)
            return new Declassification(
                new DateTimeOffset(DateTime.ParseExact(declassifyDate, "yyyy-MM-dd", CultureInfo.InvariantCulture), TimeSpan.Zero),
                "system", "DECL date passed", Automatic: true);
        return null;
    }

    /// <summary>
    /// The cable as <paramref name="principal"/> receives it: whole when the view served is the full one (or the cable is
    /// declassified), else redacted for the principal's reader type.
    /// </summary>
    public ArchivedCable Release(string referenceId, string? publishedId, Cable cable, string rawText, int versions,
        bool fullView, Declassification? declassified, Principal principal)
    {
        if (fullView || declassified is not null)
            return new ArchivedCable(referenceId, publishedId, cable, rawText, versions, versions,
                declassified is null ? null : new ReleaseInfo(EquatableList<WithheldPortion>.Empty, declassified));
        var (redacted, raw, withheld) = Redaction.For(cable, rawText, ReaderTypes.Of(principal));
        return new ArchivedCable(referenceId, publishedId, redacted, raw, versions, versions,
            withheld.Count == 0 ? null : new ReleaseInfo(withheld, null));
    }

    /// <summary>
    /// An older version as <paramref name="principal"/> receives it (the latest decides whether the cable is visible at
    /// all): whole when declassified or fully released, redacted in portion-release mode, null (left out) in whole-cable
    /// mode when the version's own marking is above the principal.
    /// </summary>
    public CableVersion? Release(CableVersion version, bool declassified, Principal principal)
    {
        if (declassified || principal.SeesEverything) return version;
        if (Policy.Mode == ReleaseMode.WholeCable)
            return EffectiveMarking.Of(version.Cable) is var m && m.Level <= principal.Clearance && (!m.NoForn || principal.NoForn) ? version : null;
        var (redacted, raw, _) = Redaction.For(version.Cable, version.RawText, ReaderTypes.Of(principal));
        return version with { Cable = redacted, RawText = raw };
    }
}
