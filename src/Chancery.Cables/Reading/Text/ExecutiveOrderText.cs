namespace Chancery.Cables.Reading.Text;

/// <summary>Reads the value of an E.O. line: the order number and the DECL date or word.</summary>
internal static class ExecutiveOrderText
{
    /// <summary>Parses <c>12958: DECL: 05/19/2031</c>, <c>12958: N/A</c>, <c>11652: GDS</c> and their variants.</summary>
    public static ExecutiveOrder Parse(string value)
    {
        var s = value.AsSpan().Trim();
        var d = 0;
        while (d < s.Length && char.IsAsciiDigit(s[d])) d++;
        var order = d > 0 ? s[..d].ToString() : null;
        s = s[d..].TrimStart(" :;,.-".AsSpan());
        if (s.StartsWith("DECL", StringComparison.OrdinalIgnoreCase))
        {
            var k = 4;
            while (k < s.Length && char.IsAsciiLetter(s[k])) k++; // DECLASSIFY / DECL
            s = s[k..].TrimStart(" :;,.-".AsSpan());
        }
        s = s.TrimEnd(" .,;:".AsSpan());
        if (s.IsEmpty) return new ExecutiveOrder(order, null);
        var declassify = TryDate(s, out var iso) ? iso : Words.Collapse(s).ToUpperInvariant();
        return new ExecutiveOrder(order, declassify);
    }

    /// <summary>Reads MM/DD/YYYY, M/D/YY, YYYY/MM/DD, YYYY-MM-DD and MM-DD-YYYY dates as ISO yyyy-MM-dd.</summary>
    public static bool TryDate(ReadOnlySpan<char> s, out string iso)
    {
        iso = "";
        var end = 0;
        while (end < s.Length && (char.IsAsciiDigit(s[end]) || s[end] is '/' or '-' or '.')) end++;
        var token = s[..end].TrimEnd('.');
        if (token.IsEmpty || end < s.Length && char.IsAsciiLetter(s[end])) return false;
        Span<Range> parts = stackalloc Range[4];
        var sep = token.IndexOfAny('/', '-') >= 0 ? token[token.IndexOfAny('/', '-')] : '.';
        var n = token.Split(parts, sep);
        if (n != 3) return false;
        if (!int.TryParse(token[parts[0]], out var a) || !int.TryParse(token[parts[1]], out var b)
            || !int.TryParse(token[parts[2]], out var c)) return false;
        int year, month, day;
        if (token[parts[0]].Length == 4) { year = a; month = b; day = c; }
        else
        {
            month = a; day = b; year = c;
            if (token[parts[2]].Length <= 2) year += year < 66 ? 2000 : 1900;
            if (month > 12 && day <= 12) (month, day) = (day, month);
        }
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        iso = $"{year:0000}-{month:00}-{day:00}";
        return true;
    }
}
