namespace Chancery.Cables.Reading;

/// <summary>
/// Format line 2, the routing line: a doubled precedence prosign and routing indicators
/// (<c>PP RUEHDBU RUEHLN</c>), possibly wrapped over further lines of indicators only.
/// </summary>
internal static class RoutingLine
{
    /// <summary>
    /// True when the line starts with a doubled prosign (<c>ZZ OO PP RR YY</c>) followed by a routing
    /// indicator or nothing. <paramref name="precedence"/> is null for <c>YY</c> (emergency command, no ACP level).
    /// </summary>
    public static bool TryParseStart(ReadOnlySpan<char> line, out Precedence? precedence, out int rest)
    {
        precedence = null;
        rest = 0;
        var pos = 0;
        var first = HeadingText.NextToken(line, ref pos);
        if (first.Length != 2 || first[0] != first[1] || first[0] is not ('Z' or 'O' or 'P' or 'R' or 'Y')) return false;
        var peek = pos;
        var next = HeadingText.NextToken(line, ref peek);
        if (!next.IsEmpty && !IsRoutingIndicator(next)) return false;
        precedence = Names.FromProsign(first[0]);
        rest = pos;
        return true;
    }

    /// <summary>True when the line holds nothing but routing indicators (a wrapped routing line).</summary>
    public static bool IsContinuation(ReadOnlySpan<char> line)
    {
        var pos = 0;
        var any = false;
        while (true)
        {
            var token = HeadingText.NextToken(line, ref pos);
            if (token.IsEmpty) return any;
            if (!IsRoutingIndicator(token)) return false;
            any = true;
        }
    }

    /// <summary>
    /// True for a routing indicator: <c>R</c>, a letter, then 2 to 6 upper-case letters or digits
    /// (<c>RUEHC</c>, <c>RHMFISS</c>).
    /// </summary>
    public static bool IsRoutingIndicator(ReadOnlySpan<char> token) =>
        token.Length is >= 4 and <= 8 && token[0] == 'R' && char.IsAsciiLetterUpper(token[1])
        && HeadingText.IsUpperAlphanumeric(token);

    /// <summary>Adds the routing indicators in <paramref name="line"/> from <paramref name="from"/> on.</summary>
    public static void AddIndicators(ReadOnlySpan<char> line, int from, List<string> into)
    {
        var pos = from;
        while (true)
        {
            var token = HeadingText.NextToken(line, ref pos);
            if (token.IsEmpty) return;
            if (IsRoutingIndicator(token)) into.Add(token.ToString());
        }
    }
}
