using System.Globalization;

namespace Chancery.Web.Comm;

/// <summary>How the comm centre writes times, ages and serials.</summary>
internal static class CommFormat
{
    /// <summary>A time in UTC: <c>14:05:09Z</c> on the day of <paramref name="now"/>, else <c>2026-11-28 14:05Z</c>.</summary>
    public static string Time(DateTimeOffset at, DateTimeOffset now)
    {
        var utc = at.UtcDateTime;
        return utc.Date == now.UtcDateTime.Date
            ? utc.ToString("HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : utc.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>The ISO 8601 form for a <c>datetime</c> attribute.</summary>
    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A short age: <c>12 s</c>, <c>4 min</c>, <c>2 h 05 min</c>, <c>3 d 4 h</c>.</summary>
    public static string Age(TimeSpan age)
    {
        if (age < TimeSpan.Zero) age = TimeSpan.Zero;
        return age.TotalSeconds < 60 ? $"{(int)age.TotalSeconds} s"
            : age.TotalMinutes < 60 ? $"{(int)age.TotalMinutes} min"
            : age.TotalHours < 24 ? $"{(int)age.TotalHours} h {age.Minutes:D2} min"
            : $"{(int)age.TotalDays} d {age.Hours} h";
    }

    /// <summary>A channel serial as on the wire (<c>0042</c>), or an en dash before the first.</summary>
    public static string Serial(int serial) => serial > 0 ? serial.ToString("D4", CultureInfo.InvariantCulture) : "–";

    /// <summary>A message identification: <c>RUEHAST #0038</c>, with <c>/02</c> for a later section.</summary>
    public static string MessageId(string station, int serial, int section) =>
        section > 1 ? $"{station} #{serial:D4}/{section:D2}" : $"{station} #{serial:D4}";

    /// <summary>A count with thousands separators.</summary>
    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
