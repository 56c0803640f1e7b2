using System.Globalization;

namespace Chancery.Archive.Query;

/// <summary>The dates of <c>from:</c> and <c>to:</c>: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, each naming a period.</summary>
internal static class QueryDates
{
    /// <summary>The first year a date may name.</summary>
    public const int MinYear = 1900;

    /// <summary>The last year a date may name.</summary>
    public const int MaxYear = 2099;

    /// <summary>True when <paramref name="text"/> has the shape of a date (four digits, then optionally -M and -D), valid or not.</summary>
    public static bool LooksLikeDate(string text)
    {
        var parts = text.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4) return false;
        for (var i = 0; i < parts.Length; i++)
            if (parts[i].Length is 0 or > 4 || (i > 0 && parts[i].Length > 2) || !parts[i].All(char.IsAsciiDigit)) return false;
        return true;
    }

    /// <summary>The period a date names, as [start, end) in UTC; false when it is no valid date in range.</summary>
    public static bool TryParsePeriod(string text, out DateTime start, out DateTime end)
    {
        start = end = default;
        if (!LooksLikeDate(text)) return false;
        var parts = text.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var year = parts[0];
        if (year is < MinYear or > MaxYear) return false;
        if (parts.Length == 1)
        {
            start = Utc(year, 1, 1);
            end = start.AddYears(1);
            return true;
        }
        var month = parts[1];
        if (month is < 1 or > 12) return false;
        if (parts.Length == 2)
        {
            start = Utc(year, month, 1);
            end = start.AddMonths(1);
            return true;
        }
        var day = parts[2];
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        start = Utc(year, month, day);
        end = start.AddDays(1);
        return true;
    }

    /// <summary>
    /// The shortest text naming a period that starts at <paramref name="start"/> (a midnight):
    /// the year when it is 1 January, the month when it is the 1st, else the day.
    /// </summary>
    public static string StartText(DateTime start) =>
        start is { Month: 1, Day: 1 } ? start.ToString("yyyy", CultureInfo.InvariantCulture)
        : start.Day == 1 ? start.ToString("yyyy-MM", CultureInfo.InvariantCulture)
        : start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The shortest text naming a period that ends just before <paramref name="until"/> (a midnight).</summary>
    public static string EndText(DateTime until)
    {
        var last = until.AddDays(-1);
        return until is { Month: 1, Day: 1 } ? last.ToString("yyyy", CultureInfo.InvariantCulture)
            : until.Day == 1 ? last.ToString("yyyy-MM", CultureInfo.InvariantCulture)
            : last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static DateTime Utc(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);
}
