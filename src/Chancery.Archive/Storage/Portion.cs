using Chancery.Cables;
using Chancery.Cables.Reading.Text;

namespace Chancery.Archive.Storage;

/// <summary>
/// One releasable part of a cable: its subject (index -1), a numbered paragraph (its index in
/// <see cref="Cable.Paragraphs"/>), or, for a cable without paragraphs, its whole body (index 0, no number).
/// </summary>
/// <param name="Index">-1 for the subject, else the paragraph's index (0 for the body of a cable without paragraphs).</param>
/// <param name="Number">The paragraph number, when it has one.</param>
/// <param name="Level">The portion's level: its mark's, or the banner's when it has no mark.</param>
/// <param name="NoForn">
/// Its mark says NOFORN, or the cable carries the NOFORN caption: the caption controls the dissemination of the whole
/// message, so a <c>(C)</c> paragraph of a NOFORN cable is no more releasable to a foreign reader than the rest.
/// </param>
public readonly record struct Portion(int Index, int? Number, Classification Level, bool NoForn)
{
    /// <summary>True when a reader of type <paramref name="readerType"/> (see <see cref="ReaderTypes"/>) may read it.</summary>
    public bool ReleasedTo(int readerType) =>
        Level <= ReaderTypes.Clearance(readerType) && (!NoForn || ReaderTypes.NoForn(readerType));

    /// <summary>The portions of <paramref name="cable"/>: subject first, then each paragraph (or the body when it has none).</summary>
    public static List<Portion> Of(Cable cable)
    {
        var banner = cable.Classification ?? Classification.Unclassified;
        var bannerNoForn = cable.Captions.Any(c => c is "NOFORN" or "NOFORN/NOCONTRACT");
        var portions = new List<Portion>(cable.Paragraphs.Count + 1)
        {
            Marked(-1, null, cable.SubjectMarking, banner, bannerNoForn),
        };
        if (cable.Paragraphs.Count == 0) portions.Add(new Portion(0, null, banner, bannerNoForn));
        for (var i = 0; i < cable.Paragraphs.Count; i++)
            portions.Add(Marked(i, cable.Paragraphs[i].Number, cable.Paragraphs[i].Marking, banner, bannerNoForn));
        return portions;
    }

    private static Portion Marked(int index, int? number, string? mark, Classification banner, bool bannerNoForn)
    {
        if (string.IsNullOrWhiteSpace(mark)) return new Portion(index, number, banner, bannerNoForn);
        var noForn = false;
        foreach (var part in mark.Split(['/', ' ', '-', '\\', ','], StringSplitOptions.RemoveEmptyEntries).Skip(1))
            noForn |= part is "NF" or "NOFORN";
        // A mark whose level cannot be read counts at the banner's level and NOFORN: never below what the banner says.
        return new Portion(index, number, PortionMark.LevelOf(mark) ?? banner, noForn || bannerNoForn);
    }
}
