namespace Chancery.Archive.Query;

/// <summary>
/// Reference ids as users type them, made canonical the way the cable reader builds them: two-digit year,
/// station as reference ids spell it (no spaces, <c>SECSTATE</c> as <c>STATE</c>), serial without leading zeros.
/// <c>06 astana 000038</c> and <c>2006ASTANA38</c> both give <c>06ASTANA38</c>.
/// </summary>
public static class ReferenceIdText
{
    /// <summary>The canonical id, or null when <paramref name="text"/> is not year + station + serial.</summary>
    public static string? Canonical(string text)
    {
        Span<char> compact = stackalloc char[Math.Min(text.Length, 64)];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            if (length == compact.Length || !char.IsAsciiLetterOrDigit(c)) return null;
            compact[length++] = char.ToUpperInvariant(c);
        }
        var id = compact[..length];
        var yearDigits = 0;
        while (yearDigits < id.Length && char.IsAsciiDigit(id[yearDigits])) yearDigits++;
        if (yearDigits is not (2 or 4)) return null;
        var stationEnd = yearDigits;
        while (stationEnd < id.Length && char.IsAsciiLetter(id[stationEnd])) stationEnd++;
        var serial = id[stationEnd..];
        if (stationEnd - yearDigits < 2 || serial.Length is 0 or > 8 || serial.ContainsAnyExceptInRange('0', '9')) return null;
        var year = id[(yearDigits - 2)..yearDigits];
        if (yearDigits == 4 && id[0..2] is not ("19" or "20")) return null;
        var trimmed = serial.TrimStart('0');
        return string.Concat(year, Station(id[yearDigits..stationEnd].ToString()), trimmed.IsEmpty ? "0" : trimmed);
    }

    /// <summary>A station name as reference ids spell it: spaces removed, upper case, the usual aliases resolved.</summary>
    public static string Station(string text)
    {
        var joined = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        return joined switch
        {
            "SECSTATE" or "DEPTSTATE" or "SECSTATEWASHDC" => "STATE",
            "USUN" or "USUNNY" => "USUNNEWYORK",
            "USMISSIONUSNATO" => "USNATO",
            "USEU" => "USEUBRUSSELS",
            "UNVIE" => "UNVIEVIENNA",
            "MEXICOCITY" => "MEXICO",
            "GUATEMALACITY" => "GUATEMALA",
            "PANAMACITY" => "PANAMA",
            "KUWAITCITY" => "KUWAIT",
            _ => joined,
        };
    }
}
