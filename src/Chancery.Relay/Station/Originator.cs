using Chancery.Cables;
using Chancery.Relay.Configuration;
using Chancery.Relay.Routing;

namespace Chancery.Relay.Station;

/// <summary>
/// Gives a cable released at this station its transmission envelope (FL1-FL4) and writes it with
/// <see cref="CableWriter"/>: this station on the DE line with its station serial and the filing time, the routing
/// line made of the addressees' indicators with collectives expanded (§221) and XMT exemptions left out, the
/// security warning from the classification. Long cables come out as several sections, each a transmission.
/// </summary>
internal static class Originator
{
    /// <summary>The transmissions (one per section), each from VZCZC to NNNN.</summary>
    public static List<string> Envelope(Cable cable, StationConfig config, RoutePlanner planner, Addressing addressing, int stationSerial, DateTimeOffset now)
    {
        var utc = now.UtcDateTime;
        var action = new HashSet<string>(addressing.ActionIndicators, StringComparer.Ordinal);
        var routing = planner.Expand(addressing, action);
        var released = cable with
        {
            Created = cable.Created ?? utc,
            Precedence = cable.Precedence ?? addressing.Precedence,
            Transmission = new Transmission
            {
                Channel = null,
                RoutingPrecedence = addressing.Precedence,
                RoutingIndicators = [.. routing],
                OriginatingStation = config.RoutingIndicator,
                StationSerial = stationSerial,
                FilingTime = new FilingTime(utc.DayOfYear, utc.Hour, utc.Minute),
                SecurityWarning = cable.Transmission?.SecurityWarning ?? cable.Classification ?? Classification.Unclassified,
                OperatingSignals = cable.Transmission?.OperatingSignals ?? [],
            },
        };
        var text = new CableWriter().Write(released);
        return Split(text);
    }

    /// <summary>Cuts written text into transmissions at each NNNN line (kept).</summary>
    public static List<string> Split(string text)
    {
        var result = new List<string>();
        var start = 0;
        var pos = 0;
        while (pos < text.Length)
        {
            var end = text.IndexOf('\n', pos);
            if (end < 0) end = text.Length;
            if (text.AsSpan(pos, end - pos).Trim().SequenceEqual("NNNN"))
            {
                result.Add(text[start..Math.Min(end + 1, text.Length)]);
                start = end + 1;
            }
            pos = end + 1;
        }
        if (start < text.Length && text[start..].Trim().Length > 0) result.Add(text[start..]);
        return result;
    }
}
