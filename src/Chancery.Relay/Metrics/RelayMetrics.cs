using System.Diagnostics;
using System.Diagnostics.Metrics;
using Chancery.Cables;

namespace Chancery.Relay.Metrics;

/// <summary>
/// The station's instruments on the meter <c>Chancery.Relay</c> (System.Diagnostics.Metrics; any listener or
/// OpenTelemetry exporter can read them). Every measurement carries the station's routing indicator as
/// <c>station</c>, and the link as <c>link</c> where there is one. Lane depths are read when observed.
/// </summary>
public sealed class RelayMetrics : IDisposable
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "Chancery.Relay";

    private readonly Meter _meter;
    private readonly KeyValuePair<string, object?> _station;
    private readonly Counter<long> _received, _sent, _delivered, _retransmissions, _gaps, _duplicates, _misses, _events;
    private readonly Histogram<double> _handling;

    /// <summary>Makes the instruments of station <paramref name="routingIndicator"/>; <paramref name="laneDepths"/> reports what waits per link and precedence.</summary>
    public RelayMetrics(string routingIndicator, Func<IEnumerable<(string Link, Precedence Precedence, int Depth)>> laneDepths)
    {
        _meter = new Meter(MeterName, "1.0");
        _station = new("station", routingIndicator);
        _received = _meter.CreateCounter<long>("chancery.relay.transmissions.received", "{transmission}", "Transmissions received in sequence from neighbours.");
        _sent = _meter.CreateCounter<long>("chancery.relay.transmissions.sent", "{transmission}", "Copies sent to neighbours for the first time.");
        _delivered = _meter.CreateCounter<long>("chancery.relay.transmissions.delivered", "{transmission}", "Transmissions delivered into the local archive.");
        _retransmissions = _meter.CreateCounter<long>("chancery.relay.retransmissions", "{transmission}", "Copies sent again (no receipt in time, or a rerun asked for).");
        _gaps = _meter.CreateCounter<long>("chancery.relay.gaps", "{gap}", "Channel serials received out of sequence (open numbers reported with ZFX).");
        _duplicates = _meter.CreateCounter<long>("chancery.relay.duplicates", "{transmission}", "Duplicates filed: kind=message (already answered for) or kind=serial (a channel number received again).");
        _misses = _meter.CreateCounter<long>("chancery.relay.speed_of_service.misses", "{transmission}", "Copies handed on or delivered later than their precedence's speed-of-service objective.");
        _events = _meter.CreateCounter<long>("chancery.relay.events", "{event}", "Unusual events by name (garbled, rejected, refusedConnections, failedOver, archiveErrors, ...).");
        _handling = _meter.CreateHistogram<double>("chancery.relay.handling.duration", "s", "From acceptance at this station to the neighbour's receipt or local delivery.");
        _meter.CreateObservableGauge("chancery.relay.lane.depth", () => laneDepths().Select(l =>
            new Measurement<int>(l.Depth, _station, new("link", l.Link), new("precedence", Names.Of(l.Precedence)))), "{transmission}", "Copies waiting per link and precedence.");
    }

    /// <summary>The speed-of-service objective of a precedence (FLASH 10 min, IMMEDIATE 30 min, PRIORITY 3 h, ROUTINE 6 h).</summary>
    public static TimeSpan Objective(Precedence precedence) => precedence switch
    {
        >= Precedence.Flash => TimeSpan.FromMinutes(10),
        Precedence.Immediate => TimeSpan.FromMinutes(30),
        Precedence.Priority => TimeSpan.FromHours(3),
        _ => TimeSpan.FromHours(6),
    };

    internal void Received(string link) => _received.Add(1, _station, new("link", link));

    internal void Sent(string link, int copies)
    {
        if (copies > 0) _sent.Add(copies, _station, new("link", link));
    }

    internal void Retransmitted(string link) => _retransmissions.Add(1, _station, new("link", link));

    internal void Gap(string link) => _gaps.Add(1, _station, new("link", link));

    internal void Duplicate(string kind, string? link) => _duplicates.Add(1, _station, new("kind", kind), new("link", link ?? "local"));

    internal void Event(string name, long by) => _events.Add(by, _station, new("event", name));

    /// <summary>A copy was receipted by the neighbour on <paramref name="link"/> (null: delivered here), <paramref name="elapsed"/> after acceptance.</summary>
    internal void Handled(string? link, Precedence precedence, TimeSpan elapsed)
    {
        var tags = new TagList { _station, { "link", link ?? "local" }, { "precedence", Names.Of(precedence) } };
        if (link is null) _delivered.Add(1, _station);
        _handling.Record(elapsed.TotalSeconds, tags);
        if (elapsed > Objective(precedence)) _misses.Add(1, tags);
    }

    /// <inheritdoc/>
    public void Dispose() => _meter.Dispose();
}
