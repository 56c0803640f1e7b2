namespace Chancery.Cables;

/// <summary>The Julian filing time on the DE line: <c>1140336</c> is day 114 at 03:36.</summary>
/// <param name="JulianDay">Day of the year, 1 to 366.</param>
/// <param name="Hour">Hour, 0 to 23.</param>
/// <param name="Minute">Minute, 0 to 59.</param>
public sealed record FilingTime(int JulianDay, int Hour, int Minute);

/// <summary>
/// The ACP-127 transmission envelope (format lines 1 to 4): what a relay reads to move the cable.
/// </summary>
public sealed record Transmission
{
    /// <summary>FL1 transmission identification without <c>VZCZC</c>, e.g. <c>XRO1728</c>.</summary>
    public string? TransmissionId { get; init; }

    /// <summary>The channel designator, e.g. <c>XRO</c>.</summary>
    public string? Channel { get; init; }

    /// <summary>The channel serial, e.g. 1728.</summary>
    public int? ChannelSerial { get; init; }

    /// <summary>The doubled precedence of the routing line (FL2).</summary>
    public Precedence? RoutingPrecedence { get; init; }

    /// <summary>The routing indicators of FL2, in order.</summary>
    public EquatableList<string> RoutingIndicators { get; init; } = EquatableList<string>.Empty;

    /// <summary>FL3: the routing indicator of the station that prepared the transmission.</summary>
    public string? OriginatingStation { get; init; }

    /// <summary>FL3: the station serial number (SSN), e.g. 38 for <c>#0038</c>.</summary>
    public int? StationSerial { get; init; }

    /// <summary>FL3: the transmission section, e.g. 1 for <c>/01</c>.</summary>
    public int? Section { get; init; }

    /// <summary>FL3: the Julian filing time.</summary>
    public FilingTime? FilingTime { get; init; }

    /// <summary>FL4: the level the ZNR/ZNY security warning names.</summary>
    public Classification? SecurityWarning { get; init; }

    /// <summary>FL4: the security warning as written, e.g. <c>ZNR UUUUU</c>.</summary>
    public string? SecurityWarningText { get; init; }

    /// <summary>FL4 operating signals after the warning, e.g. <c>ZZH</c>.</summary>
    public EquatableList<string> OperatingSignals { get; init; } = EquatableList<string>.Empty;
}
