using Chancery.Cables;

namespace Chancery.Archive;

/// <summary>
/// Who is asking: every store query takes one, so need-to-know can be enforced where rows are selected.
/// Until users exist every command asks as <see cref="Unrestricted"/>.
/// </summary>
/// <param name="Name">The user name, for audit.</param>
/// <param name="Clearance">The highest classification the principal may read.</param>
/// <param name="NoForn">Whether the principal may read NOFORN material.</param>
/// <param name="Accesses">Restricted captions the principal holds (NODIS, EXDIS, LIMDIS, STADIS, channels), upper case.</param>
public sealed record Principal(string Name, Classification Clearance, bool NoForn, EquatableList<string> Accesses)
{
    /// <summary>Captions that restrict distribution and need an explicit access.</summary>
    public static EquatableList<string> RestrictedCaptions { get; } = ["NODIS", "EXDIS", "LIMDIS", "STADIS"];

    /// <summary>Sees everything: the system itself and every command until users exist.</summary>
    public static Principal Unrestricted { get; } = new("system", Classification.TopSecret, true, RestrictedCaptions);

    /// <summary>True when nothing needs to be filtered for this principal.</summary>
    public bool SeesEverything =>
        Clearance == Classification.TopSecret && NoForn && RestrictedCaptions.All(c => Accesses.Contains(c));
}
