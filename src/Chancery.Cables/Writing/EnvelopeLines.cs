namespace Chancery.Cables.Writing;

/// <summary>
/// Writes the heading of one transmission: format lines 1 to 9 (ACP 127 §1.1-1.8 of FORMAT_SPEC).
/// Parts the cable does not state are left out; nothing is invented except where noted.
/// </summary>
internal static class EnvelopeLines
{
    private const int MaxRoutingIndicatorLength = 7;

    /// <summary>
    /// Adds FL1-FL9 for transmission section <paramref name="section"/> of <paramref name="sections"/>.
    /// FL1-FL4 are written only when the cable has a <see cref="Cable.Transmission"/>.
    /// </summary>
    public static void Write(Cable cable, int section, int sections, LineBuilder output)
    {
        if (cable.Transmission is { } transmission)
        {
            output.Add("VZCZC" + TransmissionId(transmission));
            WriteRoutingLine(cable, transmission, output);
            WriteCallingLine(transmission, section, sections, output);
            WriteSecurityLine(transmission, output);
        }
        WritePreamble(cable, output);
        if (cable.From is { } from && AddresseeText(from) is { Length: > 0 } originator) output.Add("FM " + originator);
        WriteAddressees("TO", cable.To, output);
        WriteAddressees("INFO", cable.Info, output);
        WriteAddressees("XMT", cable.Exempted, output);
    }

    /// <summary>The <c>#0038</c> validation line that precedes NNNN, or null without a station serial.</summary>
    public static string? ValidationLine(Cable cable) =>
        cable.Transmission?.StationSerial is >= 0 and var serial ? $"#{serial:D4}" : null;

    /// <summary>FL1 after VZCZC: the transmission id as given, else channel + four-digit serial.</summary>
    private static string TransmissionId(Transmission transmission)
    {
        var id = Token(transmission.TransmissionId);
        if (id.Length > 0) return id;
        var serial = transmission.ChannelSerial is >= 0 and var s ? s.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) : "";
        return Token(transmission.Channel) + serial;
    }

    /// <summary>
    /// FL2: doubled precedence + routing indicators. Without a stated routing precedence the higher of the
    /// preamble's precedences is used (FL2 shows the higher of a dual precedence), else ROUTINE.
    /// </summary>
    private static void WriteRoutingLine(Cable cable, Transmission transmission, LineBuilder output)
    {
        var indicators = Tokens(transmission.RoutingIndicators);
        var stated = WriterNames.Defined(transmission.RoutingPrecedence);
        if (stated is null && indicators.Count == 0) return;
        var precedence = stated ?? Max(WriterNames.Defined(cable.Precedence), WriterNames.Defined(cable.InfoPrecedence)) ?? Precedence.Routine;
        var prosign = Names.Prosign(precedence);
        output.Add(string.Join(' ', [$"{prosign}{prosign}", .. indicators]));
    }

    /// <summary>
    /// FL3: <c>DE RUEHAST #0038/01 1140336</c>. The station is cut to the seven letters a routing indicator
    /// can have (ACP 127 §123), so that the line never wraps and its <c>#</c> stays on the DE line.
    /// </summary>
    private static void WriteCallingLine(Transmission transmission, int section, int sections, LineBuilder output)
    {
        var parts = new List<string> { "DE" };
        var station = Ita2.Transliterate(transmission.OriginatingStation).Replace(" ", "", StringComparison.Ordinal);
        if (station.Length > MaxRoutingIndicatorLength) station = station[..MaxRoutingIndicatorLength];
        if (station.Length > 0) parts.Add(TextGuard.Apply(station));
        if (transmission.StationSerial is >= 0 and var serial)
        {
            var sectionNumber = sections > 1 ? section : transmission.Section;
            parts.Add(sectionNumber is >= 1 and < 100 ? $"#{serial:D4}/{sectionNumber:D2}" : $"#{serial:D4}");
        }
        if (transmission.FilingTime is { JulianDay: >= 1 and <= 366, Hour: >= 0 and <= 23, Minute: >= 0 and <= 59 } time)
            parts.Add($"{time.JulianDay:D3}{time.Hour:D2}{time.Minute:D2}");
        if (parts.Count > 1) output.Add(string.Join(' ', parts));
    }

    /// <summary>FL4: the security warning (from the level; the stated text only when the level is unknown) and operating signals.</summary>
    private static void WriteSecurityLine(Transmission transmission, LineBuilder output)
    {
        var parts = new List<string>();
        if (WriterNames.Defined(transmission.SecurityWarning) is { } level) parts.Add(WriterNames.SecurityWarning(level));
        else if (TextGuard.Clean(transmission.SecurityWarningText) is { Length: > 0 } text) parts.Add(text);
        parts.AddRange(Tokens(transmission.OperatingSignals));
        if (parts.Count > 0) output.Add(string.Join(' ', parts));
    }

    /// <summary>FL5: <c>P 240336Z APR 06</c>, or <c>O P ...</c> for dual precedence.</summary>
    private static void WritePreamble(Cable cable, LineBuilder output)
    {
        var parts = new List<string>();
        if (WriterNames.Defined(cable.Precedence) is { } action) parts.Add(Names.Prosign(action).ToString());
        if (WriterNames.Defined(cable.InfoPrecedence) is { } info) parts.Add(Names.Prosign(info).ToString());
        if (cable.Created is { } created) parts.Add(WriterNames.DateTimeGroup(created));
        if (parts.Count > 0) output.Add(string.Join(' ', parts));
    }

    /// <summary>FL7-FL9: the keyword on the first addressee's line, one addressee per line (empty ones skipped).</summary>
    private static void WriteAddressees(string keyword, EquatableList<Addressee>? addressees, LineBuilder output)
    {
        if (addressees is null) return;
        var first = true;
        foreach (var addressee in addressees)
        {
            if (addressee is null) continue;
            var text = AddresseeText(addressee);
            if (text.Length == 0) continue;
            output.Add(first ? keyword + " " + text : text);
            first = false;
        }
    }

    /// <summary><c>RUEHC/SECSTATE WASHDC PRIORITY 0116</c>: RI, address, precedence and four-digit sequence as stated.</summary>
    internal static string AddresseeText(Addressee addressee)
    {
        var indicator = Token(addressee.RoutingIndicator);
        var text = (indicator.Length > 0 ? indicator + "/" : "") + TextGuard.Clean(addressee.Address);
        if (WriterNames.AddresseePrecedence(addressee) is { } precedence) text += " " + precedence;
        if (addressee.Sequence is >= 0 and var sequence) text += $" {sequence:D4}";
        return text.Trim();
    }

    private static Precedence? Max(Precedence? a, Precedence? b) => a is null ? b : b is null ? a : (Precedence)Math.Max((int)a, (int)b);

    /// <summary>A single group: transliterated, spaces removed, kept from reading as ZCZC or NNNN.</summary>
    private static string Token(string? text) => TextGuard.Apply(Ita2.Transliterate(text).Replace(" ", "", StringComparison.Ordinal));

    private static List<string> Tokens(EquatableList<string>? items)
    {
        var tokens = new List<string>();
        if (items is null) return tokens;
        foreach (var item in items)
            if (Token(item) is { Length: > 0 } token) tokens.Add(token);
        return tokens;
    }
}
