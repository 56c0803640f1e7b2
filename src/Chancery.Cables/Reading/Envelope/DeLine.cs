namespace Chancery.Cables.Reading;

/// <summary>
/// Format line 3, the calling station: <c>DE RUEHAST #0038/01 1140336</c> (station RUEHAST, serial 38,
/// section 1, filed on Julian day 114 at 03:36). The <c>#</c>, the section and the filing time are optional;
/// a serial may carry a letter suffix (<c>#0107A</c>).
/// </summary>
internal static class DeLine
{
    /// <summary>What was wrong with a DE line, if anything.</summary>
    public enum Problem
    {
        /// <summary>Nothing.</summary>
        None,
        /// <summary>The station is not shaped like a routing indicator.</summary>
        StationNotRoutingIndicator,
        /// <summary>A group is neither a serial nor a filing time.</summary>
        UnreadableGroup,
    }

    /// <summary>The parts of a DE line; <paramref name="Issue"/> is the first problem, at <paramref name="IssueOffset"/>.</summary>
    public readonly record struct Parts(string? Station, int? Serial, int? Section, FilingTime? FilingTime, Problem Issue, int IssueOffset);

    /// <summary>True when the line starts with the prosign <c>DE</c> followed by a group.</summary>
    public static bool TryParse(ReadOnlySpan<char> line, out Parts parts)
    {
        parts = default;
        if (line.Length < 4 || line[0] != 'D' || line[1] != 'E') return false;
        var pos = 0;
        if (!HeadingText.NextToken(line, ref pos).SequenceEqual("DE")) return false;
        var stationStart = HeadingText.SkipSpaces(line, pos);
        var station = HeadingText.NextToken(line, ref pos);
        if (station.IsEmpty || !HeadingText.IsUpperAlphanumeric(station)) return false;

        var problem = Problem.None;
        var problemAt = 0;
        int? serial = null, section = null;
        FilingTime? filing = null;
        if (!RoutingLine.IsRoutingIndicator(station)) { problem = Problem.StationNotRoutingIndicator; problemAt = stationStart; }

        var token = HeadingText.NextToken(line, ref pos);
        if (!token.IsEmpty && TryReadSerial(token, out var s, out var sec))
        {
            serial = s;
            section = sec;
            token = HeadingText.NextToken(line, ref pos);
        }
        if (!token.IsEmpty)
        {
            if (TryReadFilingTime(token, out var ft)) { filing = ft; token = HeadingText.NextToken(line, ref pos); }
            // ACP's day-of-month form 02/0009Z names no Julian day; it is accepted and not kept.
            else if (IsDayOfMonthFilingTime(token)) token = HeadingText.NextToken(line, ref pos);
            if (!token.IsEmpty && problem == Problem.None) { problem = Problem.UnreadableGroup; problemAt = pos - token.Length; }
        }
        parts = new Parts(station.ToString(), serial, section, filing, problem, problemAt);
        return true;
    }

    private static bool TryReadSerial(ReadOnlySpan<char> token, out int serial, out int? section)
    {
        serial = 0;
        section = null;
        var hash = token[0] == '#';
        if (hash) token = token[1..];
        var slash = token.IndexOf('/');
        var number = slash >= 0 ? token[..slash] : token;
        if (slash >= 0)
        {
            var sec = token[(slash + 1)..];
            if (!HeadingText.IsDigits(sec) || sec.Length > 3) return false;
            section = HeadingText.Digits(sec);
        }
        var digits = 0;
        while (digits < number.Length && char.IsAsciiDigit(number[digits])) digits++;
        // A serial is digits and at most one letter suffix; without '#' it must not look like a filing time.
        if (digits == 0 || digits > 6 || number.Length - digits > 1 || (digits < number.Length && !char.IsAsciiLetterUpper(number[digits])))
            return false;
        if (!hash && slash < 0 && digits == 7) return false;
        serial = HeadingText.Digits(number[..digits]);
        return true;
    }

    private static bool IsDayOfMonthFilingTime(ReadOnlySpan<char> token) =>
        token.Length == 8 && token[2] == '/' && token[7] == 'Z' && HeadingText.IsDigits(token[..2]) && HeadingText.IsDigits(token[3..7]);

    private static bool TryReadFilingTime(ReadOnlySpan<char> token, out FilingTime? filing)
    {
        filing = null;
        if (token.Length != 7 || !HeadingText.IsDigits(token)) return false;
        var day = HeadingText.Digits(token[..3]);
        var hour = HeadingText.Digits(token[3..5]);
        var minute = HeadingText.Digits(token[5..]);
        if (day is < 1 or > 366 || hour > 23 || minute > 59) return false;
        filing = new FilingTime(day, hour, minute);
        return true;
    }
}
