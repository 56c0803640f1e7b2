using Chancery.Relay.Station;
using Chancery.Web.Comm;

namespace Chancery.Web.Api;

/// <summary>
/// The station beside the site (<c>GET /api/v1/relay/status</c>): every key of <c>chancery relay status --json</c>
/// (contract <c>relay.md</c>) plus the station's address, each link's channel designator and endpoint, service
/// messages by signal and the latest local deliveries.
/// </summary>
/// <param name="RoutingIndicator">The station's routing indicator, e.g. <c>RUEHAST</c>.</param>
/// <param name="Address">Its plain-language address, e.g. <c>USOFFICE ASTANA</c>.</param>
/// <param name="Serves">Routing indicators delivered locally, into the archive this site serves.</param>
/// <param name="Listen">Where neighbours connect (<c>host:port</c>), or null when the station only dials.</param>
/// <param name="Links">Each link.</param>
/// <param name="Lanes">Copies waiting per precedence over all links: <c>FLASH</c>, <c>IMMEDIATE</c>, <c>PRIORITY</c>, <c>ROUTINE</c>.</param>
/// <param name="Delivered">Transmissions delivered locally.</param>
/// <param name="Journaled">Transmissions accepted into the journal.</param>
/// <param name="Unroutable">Routing indicators no route reaches, held for an operator.</param>
/// <param name="OldestWaiting">When the oldest copy still waiting was accepted (UTC ISO 8601), or null when nothing waits.</param>
/// <param name="Counters">What went wrong on the links: gaps, duplicates, garbled, refusedConnections...</param>
/// <param name="ServiceSent">Service messages sent over all links, by signal (ZID, ZFX, ZDK...).</param>
/// <param name="ServiceReceived">Service messages received over all links, by signal.</param>
/// <param name="RecentDeliveries">The latest local deliveries, oldest first.</param>
/// <param name="At">When this status was read (UTC ISO 8601).</param>
/// <param name="SpeedOfService">Per precedence (FLASH first): the objective, how many were handled within and over it since
/// the station started, and the copies waiting past it now (as in <c>chancery relay status --json</c>).</param>
public sealed record RelayStatusResponse(
    string RoutingIndicator,
    string Address,
    IReadOnlyList<string> Serves,
    string? Listen,
    IReadOnlyList<RelayLinkJson> Links,
    IReadOnlyDictionary<string, int> Lanes,
    long Delivered,
    long Journaled,
    IReadOnlyList<UnroutableJson> Unroutable,
    string? OldestWaiting,
    IReadOnlyDictionary<string, long> Counters,
    IReadOnlyDictionary<string, long> ServiceSent,
    IReadOnlyDictionary<string, long> ServiceReceived,
    IReadOnlyList<DeliveryJson> RecentDeliveries,
    string At,
    IReadOnlyDictionary<string, SpeedOfServiceJson> SpeedOfService)
{
    internal static RelayStatusResponse From(StationView view)
    {
        var s = view.Status;
        var lanes = StationView.LaneOrder.ToDictionary(Cables.Names.Of, view.LaneDepth);
        return new RelayStatusResponse(
            s.RoutingIndicator,
            view.Config.Address,
            view.Config.Serves,
            view.Config.Listen,
            view.Links.Select(l => RelayLinkJson.From(l.Status, l.Config)).ToList(),
            lanes,
            s.Delivered,
            s.Journaled,
            s.Unroutable.Select(u => new UnroutableJson(u.RoutingIndicator, u.ReferenceId)).ToList(),
            s.OldestWaiting is { } oldest ? ApiFormat.Date(oldest) : null,
            s.Counters,
            view.ServiceSent,
            view.ServiceReceived,
            view.Recent.Select(DeliveryJson.From).ToList(),
            ApiFormat.Date(view.At),
            (s.SpeedOfService ?? []).ToDictionary(p => p.Precedence, SpeedOfServiceJson.From));
    }
}

/// <summary>Speed of service of one precedence.</summary>
/// <param name="ObjectiveSeconds">The objective: FLASH 10 minutes, IMMEDIATE 30, PRIORITY 3 hours, ROUTINE 6.</param>
/// <param name="WithinObjective">Copies handled within the objective since the station started.</param>
/// <param name="OverObjective">Copies handled after it.</param>
/// <param name="WaitingOverObjective">Copies waiting now that have already missed it.</param>
/// <param name="Missed">The oldest of those, oldest first.</param>
public sealed record SpeedOfServiceJson(double ObjectiveSeconds, long WithinObjective, long OverObjective, int WaitingOverObjective,
    IReadOnlyList<MissedJson> Missed)
{
    internal static SpeedOfServiceJson From(SpeedOfServiceStatus p) => new(p.Objective.TotalSeconds, p.WithinObjective, p.OverObjective,
        p.WaitingOverObjective, p.Missed.Select(m => new MissedJson(m.Transmission, m.ReferenceId, m.Link, ApiFormat.Date(m.AcceptedAt),
            Math.Round(m.Waiting.TotalSeconds, 3))).ToList());
}

/// <summary>A copy waiting past its objective.</summary>
/// <param name="Transmission">Its message identification, e.g. <c>RUEHAST #0038/01</c>.</param>
/// <param name="ReferenceId">The cable's reference id.</param>
/// <param name="Link">The link it waits for, or null for local delivery.</param>
/// <param name="AcceptedAt">When the station accepted it (UTC ISO 8601).</param>
/// <param name="WaitingSeconds">How long it has waited.</param>
public sealed record MissedJson(string Transmission, string ReferenceId, string? Link, string AcceptedAt, double WaitingSeconds);

/// <summary>One link of the station.</summary>
/// <param name="Name">The link's name (routes refer to it).</param>
/// <param name="Neighbor">The neighbour's routing indicator.</param>
/// <param name="Channel">The channel designator this station puts on what it transmits over the link.</param>
/// <param name="Endpoint">Where this station dials the neighbour, or null when the neighbour dials in.</param>
/// <param name="Up">True while connected.</param>
/// <param name="Sent">Transmissions sent (retransmissions included).</param>
/// <param name="Received">Transmissions received.</param>
/// <param name="LastSerialSent">The last channel serial sent (0001-9999; 0 for none yet).</param>
/// <param name="LastSerialReceived">The last channel serial received in sequence.</param>
/// <param name="Queued">Copies waiting in this link's lanes.</param>
/// <param name="InFlight">Copies sent and not yet acknowledged.</param>
/// <param name="Retransmitted">Copies sent again.</param>
/// <param name="ServiceSent">Service messages sent over this link, by signal.</param>
/// <param name="ServiceReceived">Service messages received over this link, by signal.</param>
public sealed record RelayLinkJson(
    string Name, string Neighbor, string Channel, string? Endpoint, bool Up, long Sent, long Received,
    int LastSerialSent, int LastSerialReceived, int Queued, int InFlight, long Retransmitted,
    IReadOnlyDictionary<string, long> ServiceSent, IReadOnlyDictionary<string, long> ServiceReceived)
{
    internal static RelayLinkJson From(LinkStatus l, Relay.Configuration.LinkConfig config) => new(
        l.Name, l.Neighbor, config.Channel, config.Endpoint, l.Up, l.Sent, l.Received, l.LastSerialSent, l.LastSerialReceived,
        l.Queued, l.InFlight, l.Retransmitted, l.ServiceSent, l.ServiceReceived);
}

/// <summary>A routing indicator held for an operator.</summary>
/// <param name="RoutingIndicator">The indicator no route reaches.</param>
/// <param name="ReferenceId">The cable it belongs to.</param>
public sealed record UnroutableJson(string RoutingIndicator, string ReferenceId);

/// <summary>A transmission delivered into the local archive (as <c>chancery relay delivered --json</c>, plus its originating station).</summary>
/// <param name="ReferenceId">The cable's reference id.</param>
/// <param name="OriginatingStation">The station that originated it (FL3).</param>
/// <param name="StationSerial">Its station serial (FL3).</param>
/// <param name="Section">Its section (FL3).</param>
/// <param name="RoutingIndicators">The local routing indicators it was delivered for.</param>
/// <param name="Precedence">Its precedence, e.g. <c>PRIORITY</c>.</param>
/// <param name="ReceivedAt">When the station accepted it (UTC ISO 8601).</param>
public sealed record DeliveryJson(
    string ReferenceId, string OriginatingStation, int StationSerial, int Section, IReadOnlyList<string> RoutingIndicators,
    string Precedence, string ReceivedAt)
{
    internal static DeliveryJson From(DeliveredTransmission d) =>
        new(d.ReferenceId, d.OriginatingStation, d.StationSerial, d.Section, d.RoutingIndicators, d.Precedence, ApiFormat.Date(d.ReceivedAt));
}
