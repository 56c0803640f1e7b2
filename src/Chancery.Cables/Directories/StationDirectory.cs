using System.Diagnostics.CodeAnalysis;
using Chancery.Cables.Directories;

namespace Chancery.Cables;

/// <summary>
/// Routing indicators, plain-language addresses and stations, and how they map to each other:
/// <c>RUEHC</c> &#8596; <c>SECSTATE WASHDC</c> &#8596; <c>STATE</c>. Routing indicators carry validity
/// periods where the record shows a change (<c>RUEHTA</c> was AMEMBASSY ALMATY until December 2006,
/// then AMEMBASSY ASTANA). Built from the embedded tables under <c>Data/</c> (see <c>tools/build-data</c>),
/// loaded once on first use. Lookups ignore case.
/// </summary>
public sealed class StationDirectory
{
    private static readonly Lazy<StationDirectory> s_default = new(LoadEmbedded);
    private static readonly string[] s_officeWords = ["AMEMBASSY", "AMCONSUL", "USOFFICE", "USMISSION", "USINT", "USLO", "AMEMB", "AMCONGEN", "USDEL"];

    private readonly Dictionary<string, RoutingEntry[]> _routes;
    private readonly Dictionary<string, RoutingEntry[]>.AlternateLookup<ReadOnlySpan<char>> _routesBySpan;
    private readonly Dictionary<string, string> _addressStations;
    private readonly Dictionary<string, List<RoutingEntry>> _addressRoutes;
    private readonly Dictionary<string, string?> _stationNames;
    private readonly Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> _stationsBySpan;
    private readonly string[] _stations;

    /// <summary>The directory built into the library.</summary>
    public static StationDirectory Default => s_default.Value;

    /// <summary>Makes a directory from its three tables.</summary>
    /// <param name="routes">Routing entries; for one routing indicator, in order of preference.</param>
    /// <param name="addresses">Plain-language address to canonical station.</param>
    /// <param name="stations">Canonical station to human name (or null).</param>
    public StationDirectory(
        IEnumerable<RoutingEntry> routes,
        IEnumerable<KeyValuePair<string, string>> addresses,
        IEnumerable<KeyValuePair<string, string?>> stations)
    {
        var comparer = StringComparer.OrdinalIgnoreCase;
        _stationNames = new Dictionary<string, string?>(comparer);
        foreach (var (station, name) in stations) _stationNames.TryAdd(station, name);
        _addressStations = new Dictionary<string, string>(comparer);
        foreach (var (address, station) in addresses)
        {
            _addressStations.TryAdd(Normalize(address), station);
            _stationNames.TryAdd(station, null);
        }
        _addressRoutes = new Dictionary<string, List<RoutingEntry>>(comparer);
        var byRi = new Dictionary<string, List<RoutingEntry>>(comparer);
        foreach (var route in routes)
        {
            Add(byRi, route.RoutingIndicator, route);
            if (route.Address.Length > 0) Add(_addressRoutes, route.Address, route);
            if (route.Station is { } station) _stationNames.TryAdd(station, null);
        }
        _routes = byRi.ToDictionary(p => p.Key, p => p.Value.ToArray(), comparer);
        _routesBySpan = _routes.GetAlternateLookup<ReadOnlySpan<char>>();
        _stationsBySpan = _stationNames.GetAlternateLookup<ReadOnlySpan<char>>();
        _stations = [.. _stationNames.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Every canonical station name (as reference ids spell them), ordinal order.</summary>
    public IReadOnlyList<string> Stations => _stations;

    /// <summary>True when <paramref name="station"/> is a canonical station name, e.g. <c>ALMATY</c> (used to validate reference ids).</summary>
    public bool IsKnownStation(string station) => IsKnownStation(station.AsSpan());

    /// <summary>True when <paramref name="station"/> is a canonical station name; allocation-free.</summary>
    public bool IsKnownStation(ReadOnlySpan<char> station) => _stationsBySpan.ContainsKey(station);

    /// <summary>Looks a station up by its canonical name.</summary>
    public bool TryGetStation(string station, [NotNullWhen(true)] out StationInfo? info)
    {
        info = null;
        if (!_stationsBySpan.TryGetValue(station.AsSpan().Trim(), out var canonical, out var name)) return false;
        var addresses = _addressStations.Where(p => string.Equals(p.Value, canonical, StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Key).Order(StringComparer.Ordinal).ToEquatableList();
        var routes = _routes.Values.SelectMany(r => r)
            .Where(r => string.Equals(r.Station, canonical, StringComparison.OrdinalIgnoreCase)).ToEquatableList();
        info = new StationInfo(canonical, name, addresses, routes);
        return true;
    }

    /// <summary>True when the routing indicator is in the directory, whatever the date.</summary>
    public bool IsKnownRoutingIndicator(ReadOnlySpan<char> routingIndicator) => _routesBySpan.ContainsKey(routingIndicator);

    /// <summary>Every entry of a routing indicator, in order of preference (empty when unknown).</summary>
    public IReadOnlyList<RoutingEntry> RoutesOf(string routingIndicator) =>
        _routes.TryGetValue(routingIndicator, out var routes) ? routes : [];

    /// <summary>
    /// The address a routing indicator served on <paramref name="at"/> (or, with no date, the preferred entry:
    /// a station, the most recent first). False when the indicator is unknown or no entry held on that date.
    /// </summary>
    public bool TryGetByRoutingIndicator(string routingIndicator, DateOnly? at, [NotNullWhen(true)] out RoutingEntry? entry)
    {
        entry = null;
        if (!_routesBySpan.TryGetValue(routingIndicator.AsSpan().Trim(), out var routes)) return false;
        foreach (var route in routes)
        {
            if (at is { } date && !route.IsValidOn(date)) continue;
            entry = route;
            return true;
        }
        return false;
    }

    /// <summary>Looks a plain-language address up (<c>AMEMBASSY ASTANA</c>); case and spacing are ignored.</summary>
    public bool TryGetByAddress(string address, [NotNullWhen(true)] out AddressEntry? entry)
    {
        var normalized = Normalize(address);
        var station = StationOf(normalized);
        _addressRoutes.TryGetValue(normalized, out var routes);
        entry = station is null && routes is null ? null
            : new AddressEntry(normalized, station, routes is null ? EquatableList<RoutingEntry>.Empty : routes.ToEquatableList());
        return entry is not null;
    }

    /// <summary>
    /// The canonical station of an originator address (<c>FM AMEMBASSY ABU DHABI</c> gives <c>ABUDHABI</c>,
    /// <c>SECSTATE WASHDC</c> gives <c>STATE</c>), or null when the address names no known station.
    /// Addresses not in the tables fall back on the usual rule: office word (AMEMBASSY, AMCONSUL, USMISSION...)
    /// dropped, spaces removed, accepted when that names a known station.
    /// </summary>
    public string? OriginForAddress(string address) => StationOf(Normalize(address));

    private string? StationOf(string normalized)
    {
        if (_addressStations.TryGetValue(normalized, out var station)) return station;
        var space = normalized.IndexOf(' ');
        if (space <= 0 || Array.IndexOf(s_officeWords, normalized[..space]) < 0) return null;
        Span<char> letters = stackalloc char[normalized.Length];
        var length = 0;
        foreach (var c in normalized.AsSpan(space + 1))
            if (char.IsAsciiLetter(c)) letters[length++] = c;
        return length > 0 && _stationsBySpan.TryGetValue(letters[..length], out var canonical, out _) ? canonical : null;
    }

    internal static string Normalize(string address)
    {
        var span = address.AsSpan().Trim();
        var clean = span.Length == address.Length;
        for (var i = 0; i < span.Length && clean; i++)
            clean = !char.IsAsciiLetterLower(span[i]) && (span[i] != ' ' || span[i - 1] != ' ') && (span[i] == ' ' || !char.IsWhiteSpace(span[i]));
        return clean ? address : string.Join(' ', address.ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }

    private static StationDirectory LoadEmbedded()
    {
        var routes = EmbeddedData.ReadRows("routing-indicators.tsv", 6).Select(row => new RoutingEntry(
            row[0], row[1], row[2].Length == 0 ? null : row[2],
            EmbeddedData.ParseDate(row[3]), EmbeddedData.ParseDate(row[4]),
            row[5] == "acp117" ? RoutingSource.Acp117 : RoutingSource.Observed)).ToList();
        var addresses = EmbeddedData.ReadRows("addresses.tsv", 2).Select(row => KeyValuePair.Create(row[0], row[1])).ToList();
        var stations = EmbeddedData.ReadRows("stations.tsv", 2)
            .Select(row => KeyValuePair.Create(row[0], row[1].Length == 0 ? null : (string?)row[1])).ToList();
        return new StationDirectory(routes, addresses, stations);
    }
}
