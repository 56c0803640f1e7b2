namespace Chancery.Cables;

/// <summary>Where a routing-indicator entry comes from.</summary>
public enum RoutingSource
{
    /// <summary>Seen on <c>RI/ADDRESS</c> addressee lines of cable envelopes, dated by the cables.</summary>
    Observed,
    /// <summary>The 2010 edition of ACP 117 (Allied Routing Indicator Book); undated.</summary>
    Acp117,
}

/// <summary>One routing indicator serving one plain-language address, possibly for a limited period.</summary>
/// <param name="RoutingIndicator">The routing indicator, e.g. <c>RUEHTA</c>.</param>
/// <param name="Address">The plain-language address it delivered to, e.g. <c>AMEMBASSY ASTANA</c>; empty for an indicator seen only on routing and DE lines (<c>RUEHWEB</c>).</param>
/// <param name="Station">The canonical station of that address (<c>ASTANA</c>), or null when it is no station (a Washington agency, a collective).</param>
/// <param name="ValidFrom">The first day of the period, or null when open.</param>
/// <param name="ValidUntil">The last day of the period, or null when open.</param>
/// <param name="Source">Where the entry comes from.</param>
public sealed record RoutingEntry(
    string RoutingIndicator,
    string Address,
    string? Station,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    RoutingSource Source)
{
    /// <summary>True when the entry held on <paramref name="date"/>.</summary>
    public bool IsValidOn(DateOnly date) => (ValidFrom is not { } from || date >= from) && (ValidUntil is not { } until || date <= until);
}

/// <summary>What the directory knows about a plain-language address.</summary>
/// <param name="Address">The address, upper case, single spaces.</param>
/// <param name="Station">The canonical station the address stands for, or null when it is no station.</param>
/// <param name="Routes">The routing indicators seen delivering to it, in order of preference.</param>
public sealed record AddressEntry(string Address, string? Station, EquatableList<RoutingEntry> Routes);

/// <summary>A station: an originator of cables as reference ids name it.</summary>
/// <param name="Station">The canonical name as reference ids spell it, e.g. <c>ASTANA</c>, <c>STATE</c>, <c>USUNNEWYORK</c>.</param>
/// <param name="Name">A human name such as <c>Embassy Astana</c>, or null when not known.</param>
/// <param name="Addresses">Plain-language addresses that stand for it, ordinal order.</param>
/// <param name="Routes">Routing indicators that delivered to it.</param>
public sealed record StationInfo(string Station, string? Name, EquatableList<string> Addresses, EquatableList<RoutingEntry> Routes);
