using System.Text.Json;
using Chancery.Relay.Station;

namespace Chancery.Relay.Control;

/// <summary>The JSON shape of <c>relay status --json</c> (contract <c>relay.md</c>; extra keys are additions).</summary>
internal static class StatusJson
{
    public static JsonSerializerOptions Options { get; } = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static object Of(StationStatus s) => new
    {
        routingIndicator = s.RoutingIndicator,
        links = s.Links.Select(l => new
        {
            name = l.Name,
            neighbor = l.Neighbor,
            up = l.Up,
            sent = l.Sent,
            received = l.Received,
            lastSerialSent = l.LastSerialSent,
            lastSerialReceived = l.LastSerialReceived,
            queued = l.Queued,
            inFlight = l.InFlight,
            window = l.Window,
            retransmitted = l.Retransmitted,
            serviceSent = l.ServiceSent,
            serviceReceived = l.ServiceReceived,
        }),
        lanes = s.Lanes,
        delivered = s.Delivered,
        journaled = s.Journaled,
        unroutable = s.Unroutable.Select(u => new { routingIndicator = u.RoutingIndicator, referenceId = u.ReferenceId }),
        oldestWaiting = s.OldestWaiting is { } oldest ? Timestamp(oldest) : null,
        counters = s.Counters,
        speedOfService = (s.SpeedOfService ?? []).ToDictionary(p => p.Precedence, p => new
        {
            objectiveSeconds = p.Objective.TotalSeconds,
            withinObjective = p.WithinObjective,
            overObjective = p.OverObjective,
            waitingOverObjective = p.WaitingOverObjective,
            missed = p.Missed.Select(m => new
            {
                transmission = m.Transmission,
                referenceId = m.ReferenceId,
                link = m.Link,
                acceptedAt = Timestamp(m.AcceptedAt),
                waitingSeconds = Math.Round(m.Waiting.TotalSeconds, 3),
            }),
        }),
    };

    private static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
}
