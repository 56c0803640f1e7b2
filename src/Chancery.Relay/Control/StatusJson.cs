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
            retransmitted = l.Retransmitted,
            serviceSent = l.ServiceSent,
            serviceReceived = l.ServiceReceived,
        }),
        lanes = s.Lanes,
        delivered = s.Delivered,
        journaled = s.Journaled,
        unroutable = s.Unroutable.Select(u => new { routingIndicator = u.RoutingIndicator, referenceId = u.ReferenceId }),
        oldestWaiting = s.OldestWaiting?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
        counters = s.Counters,
    };
}
