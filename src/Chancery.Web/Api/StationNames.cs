using Chancery.Cables;

namespace Chancery.Web.Api;

/// <summary>Human names of stations and addressees from the station directory.</summary>
internal static class StationNames
{
    /// <summary>The name of a canonical station (<c>ASTANA</c> gives <c>Embassy Astana</c>), or null.</summary>
    public static string? Of(string station) =>
        StationDirectory.Default.TryGetStation(station, out var info) ? info.Name : null;

    /// <summary>The station and its name that a routing indicator or address stands for on a date, or null.</summary>
    public static string? Describe(Addressee addressee, DateTime? at)
    {
        var directory = StationDirectory.Default;
        string? station = null;
        if (addressee.RoutingIndicator is { } ri &&
            directory.TryGetByRoutingIndicator(ri, at is { } d ? DateOnly.FromDateTime(d) : null, out var route))
            station = route.Station;
        station ??= directory.OriginForAddress(addressee.Address);
        if (station is null) return null;
        return Of(station) ?? station;
    }
}
