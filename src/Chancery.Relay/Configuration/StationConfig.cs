namespace Chancery.Relay.Configuration;

/// <summary>
/// One station's configuration (contract <c>relay.md</c>): who it is, where it listens, what it serves locally,
/// its links to neighbours, its routing table and its collectives. Built by <see cref="StationConfigLoader"/>,
/// which checks every key before anything starts.
/// </summary>
public sealed record StationConfig
{
    /// <summary>The station's own routing indicator, e.g. <c>RUEHAST</c>.</summary>
    public required string RoutingIndicator { get; init; }

    /// <summary>The station's plain-language address, e.g. <c>USOFFICE ASTANA</c>.</summary>
    public required string Address { get; init; }

    /// <summary>Where neighbours connect (<c>host:port</c>); null when the station only dials.</summary>
    public string? Listen { get; init; }

    /// <summary>The loopback HTTP endpoint for <c>send</c>/<c>status</c> (<c>host:port</c>); null for none.</summary>
    public string? Control { get; init; }

    /// <summary>Where the journal and the local archive live (absolute once loaded).</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Routing indicators delivered locally, into the station's own archive.</summary>
    public IReadOnlyList<string> Serves { get; init; } = [];

    /// <summary>Links to neighbour stations.</summary>
    public IReadOnlyList<LinkConfig> Links { get; init; } = [];

    /// <summary>The routing table: longest prefix wins; <c>""</c> is the default route.</summary>
    public IReadOnlyList<RouteConfig> Routes { get; init; } = [];

    /// <summary>Collective routing indicator -> member routing indicators.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Collectives { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Timers of the link procedures (extension keys; the defaults follow ACP 127 where it names a number).</summary>
    public LinkTimers Timers { get; init; } = new();

    /// <summary>The listener's TLS certificate (extension key <c>tls</c>), or null: neighbours dialling in with TLS are refused.</summary>
    public ListenerTls? Tls { get; init; }
}

/// <summary>One link to a neighbour station.</summary>
/// <param name="Name">The link's name, used by routes.</param>
/// <param name="Neighbor">The neighbour's routing indicator; how an accepting side recognises the dialler.</param>
/// <param name="Endpoint">Where to dial (<c>host:port</c>); null when the neighbour dials this station.</param>
/// <param name="Channel">The three-letter designator this station puts on what it transmits over the link.</param>
public sealed record LinkConfig(string Name, string Neighbor, string? Endpoint, string Channel)
{
    /// <summary>TLS on this link (extension key <c>links[].tls</c>), or null for plain TCP.</summary>
    public LinkTls? Tls { get; init; }
}

/// <summary>One routing-table entry.</summary>
/// <param name="Prefix">Routing-indicator prefix; <c>""</c> is the default route.</param>
/// <param name="Link">The primary link's name.</param>
/// <param name="Alternate">The link used while the primary is down, or null.</param>
public sealed record RouteConfig(string Prefix, string Link, string? Alternate);

/// <summary>Timers of the link procedures.</summary>
/// <param name="RetransmitSeconds">First wait for a receipt before transmissions are sent again; doubles up to <paramref name="MaxRetransmitSeconds"/>.</param>
/// <param name="MaxRetransmitSeconds">Longest wait between retransmissions (also the longest wait between redials).</param>
/// <param name="FailoverSeconds">How long a link may be down before its traffic moves to the alternate routes.</param>
/// <param name="IdleCheckSeconds">Quiet time after which the receiver sends <c>ZID</c> (ACP 127 §412b: 30 minutes).</param>
/// <param name="HandshakeSeconds">How long a new connection may take to greet before it is closed (slow or silent peers).</param>
/// <param name="RedialSeconds">Longest wait between attempts to dial a neighbour (the first wait is a tenth of a second, doubling).</param>
public sealed record LinkTimers(
    double RetransmitSeconds = 2,
    double MaxRetransmitSeconds = 30,
    double FailoverSeconds = 10,
    double IdleCheckSeconds = 1800,
    double HandshakeSeconds = 10,
    double RedialSeconds = 2);
