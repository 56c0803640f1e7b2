using Chancery.Cables;

namespace Chancery.Archive.Storage;

/// <summary>
/// The ten kinds of reader the stores release text to: five clearance levels, each with and without NOFORN eligibility.
/// A principal falls in exactly one; a view of a cable serves a set of them, kept as a bit mask.
/// </summary>
public static class ReaderTypes
{
    /// <summary>How many reader types there are.</summary>
    public const int Count = 10;

    /// <summary>The reader type of a clearance and NOFORN eligibility (0..9).</summary>
    public static int Of(Classification clearance, bool noForn) => (int)clearance * 2 + (noForn ? 1 : 0);

    /// <summary>The reader type of <paramref name="principal"/>.</summary>
    public static int Of(Principal principal) => Of(principal.Clearance, principal.NoForn);

    /// <summary>The bit of <paramref name="principal"/>'s reader type in a view's mask.</summary>
    public static int BitOf(Principal principal) => 1 << Of(principal);

    /// <summary>The clearance of reader type <paramref name="type"/>.</summary>
    public static Classification Clearance(int type) => (Classification)(type / 2);

    /// <summary>True when reader type <paramref name="type"/> may read NOFORN material.</summary>
    public static bool NoForn(int type) => type % 2 == 1;
}
