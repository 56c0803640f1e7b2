namespace Chancery.Relay.Station;

/// <summary>A transmission delivered into the local archive (contract <c>relay delivered</c>).</summary>
/// <param name="ReferenceId">The cable's reference id.</param>
/// <param name="StationSerial">FL3 station serial.</param>
/// <param name="Section">FL3 section.</param>
/// <param name="OriginatingStation">FL3 routing indicator.</param>
/// <param name="RoutingIndicators">The local indicators it was delivered for.</param>
/// <param name="Precedence">Its precedence, e.g. <c>PRIORITY</c>.</param>
/// <param name="ReceivedAt">When the station accepted it.</param>
public sealed record DeliveredTransmission(
    string ReferenceId, int StationSerial, int Section, string OriginatingStation,
    IReadOnlyList<string> RoutingIndicators, string Precedence, DateTimeOffset ReceivedAt);

/// <summary>A routing indicator no route reaches, held for an operator.</summary>
/// <param name="RoutingIndicator">The indicator.</param>
/// <param name="ReferenceId">The cable it belongs to.</param>
public sealed record UnroutableIndicator(string RoutingIndicator, string ReferenceId);

/// <summary>The state of one link (contract <c>relay status</c>, plus counts of the link procedures).</summary>
/// <param name="Name">The link's name.</param>
/// <param name="Neighbor">The neighbour's routing indicator.</param>
/// <param name="Up">True while connected.</param>
/// <param name="Sent">Transmissions sent (retransmissions included).</param>
/// <param name="Received">Transmissions received and accepted or filed.</param>
/// <param name="LastSerialSent">The last channel serial sent.</param>
/// <param name="LastSerialReceived">The last channel serial received in sequence and journaled.</param>
/// <param name="Queued">Copies waiting in this link's lanes.</param>
/// <param name="InFlight">Copies sent and not yet acknowledged.</param>
/// <param name="Retransmitted">Copies sent again (no receipt in time, or a rerun request).</param>
/// <param name="ServiceSent">Service messages sent, by signal.</param>
/// <param name="ServiceReceived">Service messages received, by signal.</param>
public sealed record LinkStatus(
    string Name, string Neighbor, bool Up, long Sent, long Received, int LastSerialSent, int LastSerialReceived,
    int Queued, int InFlight, long Retransmitted,
    IReadOnlyDictionary<string, long> ServiceSent, IReadOnlyDictionary<string, long> ServiceReceived)
{
    /// <summary>How many ROUTINE and PRIORITY transmissions may be in flight on the link now (it adapts to the neighbour).</summary>
    public int Window { get; init; }
}

/// <summary>The station at a glance (contract <c>relay status --json</c>).</summary>
/// <param name="RoutingIndicator">The station.</param>
/// <param name="Links">Each link.</param>
/// <param name="Lanes">Copies waiting per precedence over all links (<c>FLASH</c>, <c>IMMEDIATE</c>, <c>PRIORITY</c>, <c>ROUTINE</c>).</param>
/// <param name="Delivered">Transmissions delivered locally.</param>
/// <param name="Journaled">Transmissions accepted into the journal.</param>
/// <param name="Unroutable">Indicators held for an operator.</param>
/// <param name="OldestWaiting">When the oldest copy still waiting was accepted, or null.</param>
/// <param name="Counters">Counts of what went wrong on the links (garbled, gaps, duplicates, refused connections...).</param>
/// <param name="SpeedOfService">Speed of service per precedence, FLASH first (empty when not reported).</param>
public sealed record StationStatus(
    string RoutingIndicator, IReadOnlyList<LinkStatus> Links, IReadOnlyDictionary<string, int> Lanes,
    long Delivered, long Journaled, IReadOnlyList<UnroutableIndicator> Unroutable, DateTimeOffset? OldestWaiting,
    IReadOnlyDictionary<string, long> Counters, IReadOnlyList<SpeedOfServiceStatus>? SpeedOfService = null);

/// <summary>Speed of service of one precedence: its objective, what was handled within and over it, what waits past it.</summary>
/// <param name="Precedence">The precedence, e.g. <c>FLASH</c>.</param>
/// <param name="Objective">From acceptance to the neighbour's receipt or local delivery (FLASH 10 min, IMMEDIATE 30 min, PRIORITY 3 h, ROUTINE 6 h).</param>
/// <param name="WithinObjective">Copies receipted by a neighbour or delivered within the objective since the station started.</param>
/// <param name="OverObjective">Copies receipted or delivered later than the objective since the station started.</param>
/// <param name="WaitingOverObjective">Copies still waiting (queued, in flight or for delivery) that have already missed the objective.</param>
/// <param name="Missed">The oldest of those, oldest first (at most 50).</param>
public sealed record SpeedOfServiceStatus(
    string Precedence, TimeSpan Objective, long WithinObjective, long OverObjective, int WaitingOverObjective, IReadOnlyList<MissedTransmission> Missed);

/// <summary>A copy still waiting past its precedence's objective.</summary>
/// <param name="Transmission">Its message identification, e.g. <c>RUEHAST #0038/01</c>.</param>
/// <param name="ReferenceId">The cable's reference id (or the identification when it has none).</param>
/// <param name="Link">The link it waits for, or null when it waits for local delivery.</param>
/// <param name="AcceptedAt">When this station accepted it.</param>
/// <param name="Waiting">How long it has waited.</param>
public sealed record MissedTransmission(string Transmission, string ReferenceId, string? Link, DateTimeOffset AcceptedAt, TimeSpan Waiting);

/// <summary>The outcome of releasing one cable at this station.</summary>
/// <param name="ReferenceId">The cable's reference id (or a stand-in when it has none).</param>
/// <param name="Transmissions">The message identifications assigned, one per section (<c>RUEHAST #0038/01</c>).</param>
/// <param name="Error">Why the station refused it, or null when accepted.</param>
public sealed record ReleaseOutcome(string ReferenceId, IReadOnlyList<string> Transmissions, string? Error);
