using System.Collections.Concurrent;
using Chancery.Cables;

namespace Chancery.Web.Api;

/// <summary>
/// Human names of stations and addressees from the station directory, remembered: the directory's station lookup
/// scans its tables, and a cable page asks for every addressee.
/// </summary>
internal static class StationNames
{
    private static readonly ConcurrentDictionary<string, string?> s_names = new(StringComparer.OrdinalIgnoreCase);
    private static readonly ConcurrentDictionary<(string? Ri, string Address, DateOnly? At), string?> s_addressees = new();

    /// <summary>The name of a canonical station (<c>ASTANA</c> gives <c>Embassy Astana</c>), or null.</summary>
    public static string? Of(string station) =>
        s_names.GetOrAdd(station, s => StationDirectory.Default.TryGetStation(s, out var info) ? info.Name : null);

    /// <summary>The station and its name that a routing indicator or address stands for on a date, or null.</summary>
    public static string? Describe(Addressee addressee, DateTime? at)
    {
        var key = (addressee.RoutingIndicator, addressee.Address, at is { } d ? DateOnly.FromDateTime(d) : (DateOnly?)null);
        // Bounded: addresses and dates of a large archive must not grow the cache without end.
        if (s_addressees.Count > 100_000) s_addressees.Clear();
        return s_addressees.GetOrAdd(key, k =>
        {
            var directory = StationDirectory.Default;
            string? station = null;
            if (k.Ri is { } ri && directory.TryGetByRoutingIndicator(ri, k.At, out var route)) station = route.Station;
            station ??= directory.OriginForAddress(k.Address);
            return station is null ? null : Of(station) ?? station;
        });
    }
}
