using Chancery.Relay.Station;

namespace Chancery.Web.Comm;

/// <summary>
/// The relay station running beside the site (<c>chancery serve --relay</c>), or none. The comm-centre page and
/// <c>/api/v1/relay/*</c> read the station through this; without a station they answer 404.
/// </summary>
public sealed class CommCentre(RelayStation? station, TimeProvider time)
{
    /// <summary>How many recent local deliveries the page and the status show.</summary>
    public const int RecentShown = 25;

    /// <summary>The station, or null when the site runs without one.</summary>
    public RelayStation? Station { get; } = station;

    /// <summary>True when a station runs beside the site.</summary>
    public bool Running => Station is not null;

    /// <summary>The station now, with its last <paramref name="recent"/> deliveries; null without a station.</summary>
    public StationView? Look(int recent = RecentShown)
    {
        if (Station is not { } station) return null;
        return new StationView(station.Config, station.GetStatus(), station.GetRecentDelivered(recent), time.GetUtcNow());
    }
}
