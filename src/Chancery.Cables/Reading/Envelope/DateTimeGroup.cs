namespace Chancery.Cables.Reading;

/// <summary>
/// The date-time group <c>DDHHMMZ MON YY</c> (or a four-digit year): <c>240336Z APR 06</c> is 24 April 2006
/// 03:36 UTC. Two-digit years 66-99 are 19xx, 00-65 are 20xx.
/// </summary>
internal static class DateTimeGroup
{
    /// <summary>What a DTG read gave.</summary>
    public enum Outcome
    {
        /// <summary>The text does not start with a DTG.</summary>
        NotADtg,
        /// <summary>A well-formed DTG naming a real instant.</summary>
        Valid,
        /// <summary>Shaped like a DTG, but the month or year is missing.</summary>
        Incomplete,
        /// <summary>Shaped like a DTG, but the day, hour or minute is out of range.</summary>
        OutOfRange,
    }

    private static ReadOnlySpan<char> Months => "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";

    /// <summary>True when <paramref name="token"/> is <c>DDHHMMZ</c>.</summary>
    public static bool IsDayTimeToken(ReadOnlySpan<char> token) =>
        token.Length == 7 && (token[6] is 'Z' or 'z') && HeadingText.IsDigits(token[..6]);

    /// <summary>The month number (1-12) of a three-letter month name in any case, or 0.</summary>
    public static int Month(ReadOnlySpan<char> token)
    {
        if (token.Length != 3) return 0;
        Span<char> upper = stackalloc char[3];
        for (var i = 0; i < 3; i++) upper[i] = char.ToUpperInvariant(token[i]);
        for (var m = 0; m < 12; m++)
            if (Months.Slice(m * 3, 3).SequenceEqual(upper)) return m + 1;
        return 0;
    }

    /// <summary>The full year of a two- or four-digit year token, or 0.</summary>
    public static int Year(ReadOnlySpan<char> token)
    {
        if (!HeadingText.IsDigits(token)) return 0;
        var value = HeadingText.Digits(token);
        return token.Length switch
        {
            2 => value >= 66 ? 1900 + value : 2000 + value,
            4 when value is >= 1900 and <= 2099 => value,
            _ => 0,
        };
    }

    /// <summary>
    /// Reads a DTG starting at <paramref name="pos"/>: day-time token, month, year. On <see cref="Outcome.Valid"/>
    /// <paramref name="pos"/> is moved past the year. Month and year tokens are consumed when present.
    /// </summary>
    public static Outcome Read(ReadOnlySpan<char> text, ref int pos, out DateTime created)
    {
        created = default;
        var p = pos;
        var dayTime = HeadingText.NextToken(text, ref p);
        if (!IsDayTimeToken(dayTime)) return Outcome.NotADtg;
        pos = p;
        var afterDayTime = p;
        var month = Month(HeadingText.NextToken(text, ref p));
        if (month == 0) { pos = afterDayTime; return Outcome.Incomplete; }
        var afterMonth = p;
        var year = Year(HeadingText.NextToken(text, ref p));
        if (year == 0) { pos = afterMonth; return Outcome.Incomplete; }
        pos = p;
        var day = HeadingText.Digits(dayTime[..2]);
        var hour = HeadingText.Digits(dayTime[2..4]);
        var minute = HeadingText.Digits(dayTime[4..6]);
        if (day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59) return Outcome.OutOfRange;
        created = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc);
        return Outcome.Valid;
    }
}
