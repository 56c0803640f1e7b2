namespace Chancery.Cables.Reading;

/// <summary>
/// The office distribution block of old PAGE-01 printouts, which is not part of the address:
/// <c>ACTION AF-00</c>, <c>INFO  LOG-00   NP-00 ...</c> with indented continuation lines ending in a count such
/// as <c>/012W</c>, and the rule <c>------------------A54E38  291401Z /38</c>.
/// </summary>
internal static class DistributionBlock
{
    /// <summary>True for <c>ACTION</c>, <c>ORIGIN</c> or <c>INFO</c> followed only by office groups (<c>AF-00</c>).</summary>
    public static bool IsStart(ReadOnlySpan<char> line)
    {
        if (line.Length < 8 || line[0] is not ('A' or 'I' or 'O')) return false;
        var pos = 0;
        var keyword = HeadingText.NextToken(line, ref pos);
        if (keyword is not ("ACTION" or "INFO" or "ORIGIN")) return false;
        return AllOfficeGroups(line, pos);
    }

    /// <summary>
    /// True for a continuation line of office groups (and the closing count), or a drafting note of the block
    /// (<c>SOURCE: ...</c>, <c>DRAFTED BY: ...</c>, <c>APPROVED BY: ...</c>).
    /// </summary>
    public static bool IsContinuation(ReadOnlySpan<char> line) => AllOfficeGroups(line, 0) || IsDraftingNote(line);

    private static bool IsDraftingNote(ReadOnlySpan<char> line)
    {
        var t = HeadingText.TrimBlanks(line);
        return t.StartsWith("SOURCE:") || t.StartsWith("DRAFTED BY:") || t.StartsWith("APPROVED BY:") || t.StartsWith("CLEARED")
            || (t.Length <= 8 && HeadingText.IsDigits(t));
    }

    /// <summary>True for the dashed rule line that closes the block: dashes, a check group, a DTG.</summary>
    public static bool IsRule(ReadOnlySpan<char> line)
    {
        var pos = HeadingText.SkipSpaces(line, 0);
        var dashes = 0;
        while (pos < line.Length && line[pos] == '-') { pos++; dashes++; }
        if (dashes < 5) return false;
        HeadingText.NextToken(line, ref pos);
        return DateTimeGroup.IsDayTimeToken(HeadingText.NextToken(line, ref pos));
    }

    private static bool AllOfficeGroups(ReadOnlySpan<char> line, int pos)
    {
        var any = false;
        while (true)
        {
            var token = HeadingText.NextToken(line, ref pos);
            if (token.IsEmpty) return any;
            if (!IsOfficeGroup(token) && !IsCount(token) && !IsBracketedOffice(token)) return false;
            any = true;
        }
    }

    // AF-00, SWCI-00, MED-07: office symbol, dash, two digits.
    private static bool IsOfficeGroup(ReadOnlySpan<char> token) =>
        token.Length >= 4 && token[^3] == '-' && HeadingText.IsDigits(token[^2..]) && HeadingText.IsUpperAlphanumeric(token[..^3]);

    // (TEDE): an office named without a count.
    private static bool IsBracketedOffice(ReadOnlySpan<char> token) =>
        token.Length >= 3 && token[0] == '(' && token[^1] == ')' && HeadingText.IsUpperAlphanumeric(token[1..^1]);

    // /012W, /007R: the count of copies that closes the block.
    private static bool IsCount(ReadOnlySpan<char> token) =>
        token.Length >= 3 && token[0] == '/' && char.IsAsciiDigit(token[1]) && HeadingText.IsUpperAlphanumeric(token[1..]);
}
