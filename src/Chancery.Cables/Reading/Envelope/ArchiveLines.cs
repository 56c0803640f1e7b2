namespace Chancery.Cables.Reading;

/// <summary>
/// Lines that archives and republishers put into a heading: the WikiLeaks partial-extract note and its bare
/// DTG line (<c>291359Z Nov 00</c>), the repeated classification banner of a printout
/// (<c>CONFIDENTIAL     PTQ1859</c>), the media-partner date line (<c>Wednesday, 29 November 2000, 13:59</c>) and
/// the key/value block some mirrors put above a record (<c>refid: 04BOGOTA3619</c> ... <c>header ends</c>).
/// </summary>
internal static class ArchiveLines
{
    /// <summary>True for the note WikiLeaks put on records that lack the original heading.</summary>
    public static bool IsPartialExtractNote(ReadOnlySpan<char> line)
    {
        line = HeadingText.TrimBlanks(line);
        return line.Length > 0 && (line[0] | 0x20) == 't' && line.StartsWith("This record is a partial extract", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the whole line is a date-time group (any outcome but <see cref="DateTimeGroup.Outcome.NotADtg"/>).</summary>
    public static bool IsBareDtg(ReadOnlySpan<char> line, out DateTimeGroup.Outcome outcome, out DateTime created)
    {
        outcome = DateTimeGroup.Outcome.NotADtg;
        created = default;
        var pos = HeadingText.SkipSpaces(line, 0);
        if (pos >= line.Length || !char.IsAsciiDigit(line[pos])) return false;
        outcome = DateTimeGroup.Read(line, ref pos, out created);
        return outcome != DateTimeGroup.Outcome.NotADtg && HeadingText.SkipSpaces(line, pos) == line.Length;
    }

    /// <summary>True for a printout banner: a classification followed by a terminal code such as <c>PTQ1859</c>.</summary>
    public static bool IsBanner(ReadOnlySpan<char> line)
    {
        line = HeadingText.TrimBlanks(line);
        if (line.IsEmpty || !char.IsAsciiDigit(line[^1])) return false;
        var last = line.LastIndexOfAny(' ', '\t');
        if (last < 0) return false;
        var code = line[(last + 1)..];
        var letters = 0;
        while (letters < code.Length && char.IsAsciiLetterUpper(code[letters])) letters++;
        if (letters is < 2 or > 4 || code.Length - letters is < 3 or > 5 || !HeadingText.IsDigits(code[letters..])) return false;
        var level = HeadingText.TrimBlanks(line[..last]);
        return level is "UNCLASSIFIED" or "CONFIDENTIAL" or "SECRET" or "LIMITED OFFICIAL USE" or "TOP SECRET";
    }

    /// <summary>True for a media partner's date line: weekday, day, month name, year, time.</summary>
    public static bool IsMediaDateLine(ReadOnlySpan<char> line)
    {
        line = HeadingText.TrimBlanks(line);
        if (line.Length < 20 || line.Length > 48 || !char.IsAsciiLetterUpper(line[0])) return false;
        var comma = line.IndexOf(',');
        if (comma < 6 || comma > 9 || !HeadingText.IsLetters(line[..comma]) || !line[..comma].EndsWith("day", StringComparison.OrdinalIgnoreCase))
            return false;
        var pos = comma + 1;
        var day = HeadingText.NextToken(line, ref pos);
        var month = HeadingText.NextToken(line, ref pos);
        var year = HeadingText.NextToken(line, ref pos);
        var time = HeadingText.NextToken(line, ref pos);
        return HeadingText.IsDigits(day) && day.Length <= 2 && HeadingText.IsLetters(month)
            && year.Length == 5 && year[4] == ',' && HeadingText.IsDigits(year[..4])
            && time.Length == 5 && time[2] == ':' && HeadingText.SkipSpaces(line, pos) == line.Length;
    }

    /// <summary>True for the key/value lines and the end marker of a mirror's record block.</summary>
    public static bool IsMirrorMetadata(ReadOnlySpan<char> line)
    {
        line = HeadingText.TrimBlanks(line);
        if (line.Length < 3 || (line[0] != '-' && !char.IsAsciiLetterLower(line[0]))) return false;
        if (line.StartsWith("-----") && line.EndsWith("-----") && line.Contains("header ends", StringComparison.OrdinalIgnoreCase))
            return true;
        var colon = line.IndexOf(':');
        if (colon < 2) return false;
        var key = line[..colon];
        return key is "id" or "date" or "refid" or "origin" or "classification" or "destination" or "header";
    }
}
