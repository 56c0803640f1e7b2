using Chancery.Cables;
using Chancery.Cables.Reading.Text;

namespace Chancery.Archive.Storage;

/// <summary>
/// The marking that decides who may read a cable: the highest of its banner, subject and paragraph portion marks;
/// NOFORN when a caption or any portion mark says so; the restricted captions it carries.
/// Both stores compute it the same way at ingest and filter on it inside their queries.
/// </summary>
/// <param name="Level">The effective level (a cable without any marking counts as unclassified).</param>
/// <param name="NoForn">True when the cable or any portion of it is NOFORN.</param>
/// <param name="RestrictedMask">Bit i set when the cable carries <see cref="Principal.RestrictedCaptions"/>[i].</param>
public sealed record EffectiveMarking(Classification Level, bool NoForn, int RestrictedMask)
{
    /// <summary>Computes the marking of <paramref name="cable"/>.</summary>
    public static EffectiveMarking Of(Cable cable)
    {
        var level = cable.Classification ?? Classification.Unclassified;
        var noforn = false;
        foreach (var caption in cable.Captions)
            noforn |= caption is "NOFORN" or "NOFORN/NOCONTRACT";
        Consider(cable.SubjectMarking, ref level, ref noforn);
        foreach (var paragraph in cable.Paragraphs)
            Consider(paragraph.Marking, ref level, ref noforn);
        return new EffectiveMarking(level, noforn, RestrictedMaskOf(cable.Captions));
    }

    /// <summary>The bits of <see cref="Principal.RestrictedCaptions"/> present in <paramref name="captions"/>.</summary>
    public static int RestrictedMaskOf(IEnumerable<string> captions)
    {
        var mask = 0;
        var restricted = Principal.RestrictedCaptions;
        foreach (var caption in captions)
            for (var i = 0; i < restricted.Count; i++)
                if (restricted[i] == caption) mask |= 1 << i;
        return mask;
    }

    /// <summary>The bits of restricted captions <paramref name="principal"/> does not hold: a cable with any of them is hidden.</summary>
    public static int MissingAccessMask(Principal principal)
    {
        var all = (1 << Principal.RestrictedCaptions.Count) - 1;
        return all & ~RestrictedMaskOf(principal.Accesses);
    }

    /// <summary>True when <paramref name="principal"/> may read a cable with this marking.</summary>
    public bool VisibleTo(Principal principal) =>
        Level <= principal.Clearance && (!NoForn || principal.NoForn) && (RestrictedMask & MissingAccessMask(principal)) == 0;

    private static void Consider(string? mark, ref Classification level, ref bool noforn)
    {
        if (string.IsNullOrEmpty(mark)) return;
        if (PortionMark.LevelOf(mark) is { } portion && portion > level) level = portion;
        foreach (var part in mark.Split(['/', ' ', '-', '\\', ','], StringSplitOptions.RemoveEmptyEntries).Skip(1))
            noforn |= part is "NF" or "NOFORN";
    }
}
