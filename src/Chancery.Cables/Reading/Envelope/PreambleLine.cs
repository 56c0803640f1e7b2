namespace Chancery.Cables.Reading;

/// <summary>
/// Format line 5, the preamble: one or two precedence prosigns, the date-time group and message instructions
/// (<c>P 240336Z APR 06</c>, <c>O R 131528Z MAY 08 ZFF4</c>, <c>R 011500Z JAN 2006</c>).
/// </summary>
internal static class PreambleLine
{
    /// <summary>The parts of a preamble.</summary>
    /// <param name="Precedence">The action precedence; null for the <c>Y</c> prosign.</param>
    /// <param name="InfoPrecedence">The second precedence of a dual-precedence preamble.</param>
    /// <param name="Dtg">How the date-time group read.</param>
    /// <param name="Created">The DTG as a UTC instant when <paramref name="Dtg"/> is valid.</param>
    /// <param name="DtgOffset">Where the date-time group starts in the line.</param>
    public readonly record struct Parts(Precedence? Precedence, Precedence? InfoPrecedence, DateTimeGroup.Outcome Dtg, DateTime? Created, int DtgOffset);

    /// <summary>True when the line is one or two precedence prosigns followed by a <c>DDHHMMZ</c> group.</summary>
    public static bool TryParse(ReadOnlySpan<char> line, out Parts parts)
    {
        parts = default;
        if (line.Length < 9 || line[0] is not ('Z' or 'O' or 'P' or 'R' or 'Y') || line[1] != ' ') return false;
        var pos = 0;
        var first = HeadingText.NextToken(line, ref pos);
        if (!IsProsign(first)) return false;
        var afterFirst = pos;
        var second = HeadingText.NextToken(line, ref pos);
        Precedence? info = null;
        if (IsProsign(second)) info = Names.FromProsign(second[0]);
        else pos = afterFirst;
        var dtgOffset = HeadingText.SkipSpaces(line, pos);
        var outcome = DateTimeGroup.Read(line, ref pos, out var created);
        if (outcome == DateTimeGroup.Outcome.NotADtg) return false;
        parts = new Parts(Names.FromProsign(first[0]), info, outcome,
            outcome == DateTimeGroup.Outcome.Valid ? created : null, dtgOffset);
        return true;
    }

    private static bool IsProsign(ReadOnlySpan<char> token) => token.Length == 1 && token[0] is 'Z' or 'O' or 'P' or 'R' or 'Y';
}
