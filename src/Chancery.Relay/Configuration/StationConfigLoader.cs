using System.Net;
using System.Text.Json;

namespace Chancery.Relay.Configuration;

/// <summary>
/// Reads a station configuration (JSON, contract <c>relay.md</c>) and checks every key, so that a station never
/// starts half-configured. Errors are <see cref="StationConfigException"/>s naming the key and the reason.
/// Unknown keys are refused (a misspelt key would otherwise be silently ignored).
/// </summary>
public static class StationConfigLoader
{
    private static readonly string[] TopKeys =
        ["routingIndicator", "address", "listen", "control", "dataDirectory", "serves", "links", "routes", "collectives", "timers", "tls"];

    /// <summary>Loads the file at <paramref name="path"/>; a relative <c>dataDirectory</c> is taken from the file's folder.</summary>
    /// <exception cref="StationConfigException">When the file is unreadable or any key is invalid.</exception>
    public static StationConfig Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StationConfigException("(file)", $"cannot read {path}: {e.Message}");
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return Parse(text, folder);
    }

    /// <summary>Parses configuration text; a relative <c>dataDirectory</c> is resolved against <paramref name="baseDirectory"/>.</summary>
    /// <exception cref="StationConfigException">When the text is not JSON or any key is invalid.</exception>
    public static StationConfig Parse(string json, string baseDirectory)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new StationConfigException("(file)", $"not valid JSON (line {e.LineNumber + 1}): {FirstSentence(e.Message)}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new StationConfigException("(root)", "must be a JSON object");
            RefuseUnknown(root, "", TopKeys);

            var indicator = RoutingIndicator(root, "routingIndicator", required: true)!;
            var address = RequiredString(root, "address");
            var listen = Endpoint(root, "listen", mustBeLoopback: false);
            var control = Endpoint(root, "control", mustBeLoopback: true);
            var data = RequiredString(root, "dataDirectory");
            var serves = IndicatorList(root, "serves");
            var links = Links(root, baseDirectory);
            var routes = Routes(root, links);
            var collectives = Collectives(root);
            var timers = Timers(root);
            var tls = TlsConfigLoader.Listener(root, baseDirectory);
            if (tls is null && links.FirstOrDefault(l => l.Endpoint is null && l.Tls is not null) is { } secured)
                throw new StationConfigException("tls", $"required: link '{secured.Name}' has tls and its neighbour dials in (the listener needs a certificate)");
            if (links.Any(l => l.Endpoint is null) && listen is null)
                throw new StationConfigException("listen", "required: a link without an endpoint waits for its neighbour to dial in");

            return new StationConfig
            {
                RoutingIndicator = indicator,
                Address = address,
                Listen = listen,
                Control = control,
                DataDirectory = Path.GetFullPath(data, baseDirectory),
                Serves = serves,
                Links = links,
                Routes = routes,
                Collectives = collectives,
                Timers = timers,
                Tls = tls,
            };
        }
    }

    private static List<LinkConfig> Links(JsonElement root, string baseDirectory)
    {
        var links = new List<LinkConfig>();
        if (!root.TryGetProperty("links", out var array) || array.ValueKind == JsonValueKind.Null) return links;
        if (array.ValueKind != JsonValueKind.Array) throw new StationConfigException("links", "must be an array");
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var key = $"links[{i++}]";
            if (item.ValueKind != JsonValueKind.Object) throw new StationConfigException(key, "must be an object");
            RefuseUnknown(item, key + ".", ["name", "neighbor", "endpoint", "channel", "tls"]);
            var name = RequiredString(item, "name", key + ".");
            if (links.Any(l => l.Name == name)) throw new StationConfigException(key + ".name", $"'{name}' names two links");
            var neighbor = RoutingIndicator(item, "neighbor", required: true, key + ".")!;
            if (links.Any(l => l.Neighbor == neighbor)) throw new StationConfigException(key + ".neighbor", $"{neighbor} is the neighbour of two links (one link per pair of stations)");
            var endpoint = Endpoint(item, "endpoint", mustBeLoopback: false, key + ".");
            var channel = RequiredString(item, "channel", key + ".");
            if (channel.Length != 3 || !channel.All(char.IsAsciiLetterUpper))
                throw new StationConfigException(key + ".channel", $"'{channel}' is not a three-letter designator (A-Z)");
            links.Add(new LinkConfig(name, neighbor, endpoint, channel) { Tls = TlsConfigLoader.Link(item, key, dials: endpoint is not null, baseDirectory) });
        }
        return links;
    }

    private static List<RouteConfig> Routes(JsonElement root, List<LinkConfig> links)
    {
        var routes = new List<RouteConfig>();
        if (!root.TryGetProperty("routes", out var array) || array.ValueKind == JsonValueKind.Null) return routes;
        if (array.ValueKind != JsonValueKind.Array) throw new StationConfigException("routes", "must be an array");
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var key = $"routes[{i++}]";
            if (item.ValueKind != JsonValueKind.Object) throw new StationConfigException(key, "must be an object");
            RefuseUnknown(item, key + ".", ["prefix", "link", "alternate"]);
            if (!item.TryGetProperty("prefix", out var p) || p.ValueKind != JsonValueKind.String)
                throw new StationConfigException(key + ".prefix", "required (a string; \"\" is the default route)");
            var prefix = p.GetString()!;
            if (prefix.Length > 8 || !prefix.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)))
                throw new StationConfigException(key + ".prefix", $"'{prefix}' is not a routing-indicator prefix (A-Z, 0-9, at most 8)");
            if (routes.Any(r => r.Prefix == prefix)) throw new StationConfigException(key + ".prefix", $"'{prefix}' has two routes");
            var link = RequiredString(item, "link", key + ".");
            if (links.All(l => l.Name != link)) throw new StationConfigException(key + ".link", $"no link named '{link}'");
            var alternate = OptionalString(item, "alternate", key + ".");
            if (alternate is not null && links.All(l => l.Name != alternate)) throw new StationConfigException(key + ".alternate", $"no link named '{alternate}'");
            if (alternate == link) throw new StationConfigException(key + ".alternate", "is the primary link itself");
            routes.Add(new RouteConfig(prefix, link, alternate));
        }
        return routes;
    }

    private static Dictionary<string, IReadOnlyList<string>> Collectives(JsonElement root)
    {
        var collectives = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (!root.TryGetProperty("collectives", out var map) || map.ValueKind == JsonValueKind.Null) return collectives;
        if (map.ValueKind != JsonValueKind.Object) throw new StationConfigException("collectives", "must be an object of routing indicator -> members");
        foreach (var entry in map.EnumerateObject())
        {
            var key = "collectives." + entry.Name;
            if (!IsRoutingIndicator(entry.Name)) throw new StationConfigException(key, $"'{entry.Name}' is not a routing indicator");
            var members = IndicatorArray(entry.Value, key);
            if (members.Count == 0) throw new StationConfigException(key, "has no members");
            if (members.Contains(entry.Name)) throw new StationConfigException(key, "lists itself as a member");
            collectives[entry.Name] = members;
        }
        return collectives;
    }

    private static LinkTimers Timers(JsonElement root)
    {
        var timers = new LinkTimers();
        if (!root.TryGetProperty("timers", out var t) || t.ValueKind == JsonValueKind.Null) return timers;
        if (t.ValueKind != JsonValueKind.Object) throw new StationConfigException("timers", "must be an object");
        RefuseUnknown(t, "timers.", ["retransmitSeconds", "maxRetransmitSeconds", "failoverSeconds", "idleCheckSeconds", "handshakeSeconds", "redialSeconds"]);
        return timers with
        {
            RetransmitSeconds = Seconds(t, "retransmitSeconds", timers.RetransmitSeconds),
            MaxRetransmitSeconds = Seconds(t, "maxRetransmitSeconds", timers.MaxRetransmitSeconds),
            FailoverSeconds = Seconds(t, "failoverSeconds", timers.FailoverSeconds),
            IdleCheckSeconds = Seconds(t, "idleCheckSeconds", timers.IdleCheckSeconds),
            HandshakeSeconds = Seconds(t, "handshakeSeconds", timers.HandshakeSeconds),
            RedialSeconds = Seconds(t, "redialSeconds", timers.RedialSeconds),
        };
    }

    private static double Seconds(JsonElement parent, string name, double fallback)
    {
        if (!parent.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return fallback;
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var seconds) || seconds <= 0 || seconds > 86400)
            throw new StationConfigException("timers." + name, "must be a number of seconds above 0 and at most 86400");
        return seconds;
    }

    private static List<string> IndicatorList(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null) return [];
        return IndicatorArray(array, name);
    }

    private static List<string> IndicatorArray(JsonElement array, string key)
    {
        if (array.ValueKind != JsonValueKind.Array) throw new StationConfigException(key, "must be an array of routing indicators");
        var list = new List<string>();
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemKey = $"{key}[{i++}]";
            if (item.ValueKind != JsonValueKind.String || !IsRoutingIndicator(item.GetString()!))
                throw new StationConfigException(itemKey, $"{item.GetRawText()} is not a routing indicator (4 to 8 of A-Z and 0-9, starting with a letter)");
            var value = item.GetString()!;
            if (!list.Contains(value)) list.Add(value);
        }
        return list;
    }

    private static string? RoutingIndicator(JsonElement parent, string name, bool required, string prefix = "")
    {
        var value = required ? RequiredString(parent, name, prefix) : OptionalString(parent, name, prefix);
        if (value is not null && !IsRoutingIndicator(value))
            throw new StationConfigException(prefix + name, $"'{value}' is not a routing indicator (4 to 8 of A-Z and 0-9, starting with a letter)");
        return value;
    }

    private static string? Endpoint(JsonElement parent, string name, bool mustBeLoopback, string prefix = "")
    {
        var value = OptionalString(parent, name, prefix);
        if (value is null) return null;
        if (!IPEndPoint.TryParse(value, out var endpoint) || endpoint.Port == 0 || !value.Contains(':'))
        {
            // Host names are allowed where a station dials out; listening and control need an address.
            if (mustBeLoopback || name == "listen" || !HostPort.TryParse(value, out _))
                throw new StationConfigException(prefix + name, $"'{value}' is not host:port");
            return value;
        }
        if (mustBeLoopback && !IPAddress.IsLoopback(endpoint.Address))
            throw new StationConfigException(prefix + name, $"'{value}' is not a loopback address (the control endpoint has no authentication)");
        return value;
    }

    private static string RequiredString(JsonElement parent, string name, string prefix = "") =>
        OptionalString(parent, name, prefix) is { Length: > 0 } value
            ? value
            : throw new StationConfigException(prefix + name, "required (a non-empty string)");

    private static string? OptionalString(JsonElement parent, string name, string prefix)
    {
        if (!parent.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind != JsonValueKind.String) throw new StationConfigException(prefix + name, "must be a string");
        return v.GetString()!.Trim();
    }

    private static void RefuseUnknown(JsonElement element, string prefix, string[] known)
    {
        foreach (var property in element.EnumerateObject())
            if (Array.IndexOf(known, property.Name) < 0)
                throw new StationConfigException(prefix + property.Name, $"unknown key (known: {string.Join(", ", known)})");
    }

    /// <summary>True for a routing indicator: 4 to 8 upper-case letters and digits starting with a letter.</summary>
    internal static bool IsRoutingIndicator(string value) =>
        value.Length is >= 4 and <= 8 && char.IsAsciiLetterUpper(value[0]) && value.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));

    private static string FirstSentence(string message)
    {
        var dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message;
    }
}
