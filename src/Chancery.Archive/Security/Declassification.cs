using Chancery.Cables;

namespace Chancery.Archive.Security;

/// <summary>Why a cable counts as declassified.</summary>
/// <param name="At">When: the DECL date for automatic declassification, or when an archivist declassified it.</param>
/// <param name="By">The archivist, or <c>system</c> for automatic declassification.</param>
/// <param name="Reason">The recorded reason (for automatic ones: <c>DECL date passed</c>).</param>
/// <param name="Automatic">True when the E.O. line's DECL date decided it.</param>
public sealed record Declassification(DateTimeOffset At, string By, string Reason, bool Automatic);

/// <summary>A portion withheld from the reader in portion-release mode.</summary>
/// <param name="Index">0-based position of the paragraph in the cable's paragraph list; -1 for the subject.</param>
/// <param name="Number">The paragraph's number, when it has one.</param>
/// <param name="Level">The portion's level (a paragraph without a mark counts at the banner's level).</param>
/// <param name="NoForn">True when the portion is NOFORN.</param>
public sealed record WithheldPortion(int Index, int? Number, Classification Level, bool NoForn)
{
    /// <summary>The portion mark as shown in "paragraph 4 withheld (S)", e.g. <c>S</c>, <c>C//NF</c>.</summary>
    public string Marking => Level switch
    {
        Classification.Unclassified => "U",
        Classification.LimitedOfficialUse => "LOU",
        Classification.Confidential => "C",
        Classification.Secret => "S",
        _ => "TS",
    } + (NoForn ? "//NF" : "");
}

/// <summary>What the reader is shown of a cable beyond its text: withheld portions and declassification.</summary>
/// <param name="Withheld">Portions withheld from this reader (empty when the whole cable is released).</param>
/// <param name="Declassified">The declassification that applies, or null.</param>
public sealed record ReleaseInfo(EquatableList<WithheldPortion> Withheld, Declassification? Declassified)
{
    /// <summary>Everything released, not declassified.</summary>
    public static ReleaseInfo Full { get; } = new(EquatableList<WithheldPortion>.Empty, null);
}
