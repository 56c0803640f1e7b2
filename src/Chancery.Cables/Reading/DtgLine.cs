using System.Globalization;

namespace Chancery.Cables.Reading;

/// <summary>A line holding nothing but a date-time group, as archives print it: <c>301738Z Jul 04</c>.</summary>
internal static class DtgLine
{
    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    /// <summary>Reads the line as a UTC date and time, or null when it is anything else.</summary>
    public static DateTime? TryRead(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        // DDHHMMZ MON YY or DDHHMMZ MON YYYY
        if (t.Length is not (14 or 16) || t[6] != 'Z' || t[7] != ' ' || t[11] != ' ') return null;
        if (!int.TryParse(t[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(t[2..4], NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
            || !int.TryParse(t[4..6], NumberStyles.None, CultureInfo.InvariantCulture, out var minute)
            || !int.TryParse(t[12..], NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return null;
        var month = Array.IndexOf(Months, t.Slice(8, 3).ToString().ToUpperInvariant()) + 1;
        if (t.Length == 14) year += year < 66 ? 2000 : 1900;
        if (month == 0 || hour > 23 || minute > 59 || day < 1 || year < 1900 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc);
    }
}
