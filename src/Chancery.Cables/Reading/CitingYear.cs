using Chancery.Cables.Reading.Text;

namespace Chancery.Cables.Reading;

/// <summary>
/// The year of a cable whose text carries no date-time group (archive partial extracts), needed to complete
/// references that omit their year. Declassification dates are usually set 10 years ahead (81 % of the
/// developer corpus), sometimes 20 or 25: the candidate the body itself mentions wins, else ten years back.
/// </summary>
internal static class CitingYear
{
    private static readonly int[] OffsetsByLikelihood = [10, 20, 25, 5, 15, 30];

    /// <summary>The two-digit year inferred from the DECL date and the body, or null.</summary>
    public static int? Infer(ExecutiveOrder? executiveOrder, ReadOnlySpan<char> body)
    {
        if (executiveOrder?.Declassify is not { Length: 10 } iso || !int.TryParse(iso.AsSpan(0, 4), out var decl)) return null;
        foreach (var offset in OffsetsByLikelihood)
        {
            var year = decl - offset;
            if (Words.IndexOfWord(body, year.ToString()) >= 0) return year % 100;
        }
        return (decl - 10) % 100;
    }
}
