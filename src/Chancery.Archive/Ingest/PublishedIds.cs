using System.Text.RegularExpressions;
using Chancery.Cables.Reading.Text;

namespace Chancery.Archive.Ingest;

/// <summary>
/// Turns a reference id as a source published it into the canonical form the reader gives
/// (two-digit year, canonical station, serial without leading zeros): <c>06astana038</c> -> <c>06ASTANA38</c>.
/// </summary>
public static partial class PublishedIds
{
    /// <summary>The canonical id, or null when <paramref name="published"/> is not shaped like a reference id.</summary>
    public static string? Normalize(string? published)
    {
        if (string.IsNullOrWhiteSpace(published)) return null;
        var compact = string.Concat(published.Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant();
        var match = Shape().Match(compact);
        if (!match.Success) return null;
        var serial = match.Groups[3].Value.TrimStart('0');
        return match.Groups[1].Value + StationNames.Canonical(match.Groups[2].Value) + (serial.Length == 0 ? "0" : serial);
    }

    [GeneratedRegex("^([0-9]{2})([A-Z]+)([0-9]{1,7})$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
