using System.Globalization;

namespace Chancery.Cables.Reading;

/// <summary>
/// The date line media partners put above a reformatted cable, <c>Wednesday, 29 November 2000, 13:59</c>:
/// the cable's date-time group written out (UTC). Used only when the heading states no DTG.
/// </summary>
internal static class MediaDateLine
{
    private static readonly string[] Formats = ["dddd, dd MMMM yyyy, HH:mm", "dddd, d MMMM yyyy, HH:mm"];

    /// <summary>Reads the line as a UTC date and time, or null.</summary>
    public static DateTime? TryRead(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        if (text.Length is < 20 or > 40 || !char.IsAsciiLetterUpper(text[0]) || text.IndexOf(',') < 0) return null;
        return DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d)
            ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : null;
    }
}
