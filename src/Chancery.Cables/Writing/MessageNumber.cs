namespace Chancery.Cables.Writing;

/// <summary>
/// The originator's message number (MRN): station and serial, as the classification line
/// (<c>ASTANA 000038</c>) and the page headers (<c>ASTANA 00000038</c>) write it.
/// </summary>
/// <param name="Origin">The station, ITA2-safe without spaces, e.g. <c>ASTANA</c>.</param>
/// <param name="Serial">The serial, 0 or more.</param>
internal sealed record MessageNumber(string Origin, int Serial)
{
    /// <summary>The form on the classification line: station + six-digit serial.</summary>
    public string InText => $"{Origin} {Serial:D6}";

    /// <summary>The State continuation page header for page <paramref name="page"/> of <paramref name="pages"/>.</summary>
    public string PageHeader(int page, int pages) => $"{Origin} {Serial:D8} {page:D3}.2 OF {pages:D3}";

    /// <summary>
    /// The cable's MRN from <see cref="Cable.Origin"/> and <see cref="Cable.Serial"/>, each falling back to
    /// the matching part of <see cref="Cable.ReferenceId"/> (<c>06ASTANA38</c>); null when either is unknown.
    /// </summary>
    public static MessageNumber? Of(Cable cable)
    {
        var origin = Station(cable.Origin);
        var serial = cable.Serial is >= 0 ? cable.Serial : null;
        if ((origin.Length == 0 || serial is null) && TryParseReferenceId(cable.ReferenceId, out var idOrigin, out var idSerial))
        {
            if (origin.Length == 0) origin = idOrigin;
            serial ??= idSerial;
        }
        return origin.Length == 0 || serial is null ? null : new MessageNumber(origin, serial.Value);
    }

    /// <summary>A station name as one ITA2-safe group, kept from reading as ZCZC or NNNN.</summary>
    private static string Station(string? name) =>
        TextGuard.Apply(Ita2.Transliterate(name).Replace(" ", "", StringComparison.Ordinal));

    /// <summary>Splits <c>YY STATION SERIAL</c> (<c>06ASTANA38</c>) into station and serial.</summary>
    private static bool TryParseReferenceId(string? id, out string origin, out int serial)
    {
        origin = "";
        serial = 0;
        if (id is null || id.Length < 4 || !char.IsAsciiDigit(id[0]) || !char.IsAsciiDigit(id[1])) return false;
        var end = id.Length;
        while (end > 2 && char.IsAsciiDigit(id[end - 1])) end--;
        if (end == id.Length || end == 2 || id.Length - end > 6) return false;
        if (!int.TryParse(id.AsSpan(end), out serial)) return false;
        origin = Station(id[2..end]);
        return origin.Length > 0;
    }
}
