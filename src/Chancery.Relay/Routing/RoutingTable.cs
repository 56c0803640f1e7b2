using Chancery.Relay.Configuration;

namespace Chancery.Relay.Routing;

/// <summary>The routing table by routing-indicator prefix: the longest matching prefix wins, <c>""</c> is the default.</summary>
public sealed class RoutingTable
{
    private readonly RouteConfig[] _byLongestPrefix;

    /// <summary>Builds the table from the configured routes.</summary>
    public RoutingTable(IEnumerable<RouteConfig> routes) =>
        _byLongestPrefix = routes.OrderByDescending(r => r.Prefix.Length).ThenBy(r => r.Prefix, StringComparer.Ordinal).ToArray();

    /// <summary>The route for <paramref name="routingIndicator"/>, or null when no prefix (and no default) matches.</summary>
    public RouteConfig? Lookup(string routingIndicator)
    {
        foreach (var route in _byLongestPrefix)
            if (routingIndicator.StartsWith(route.Prefix, StringComparison.Ordinal)) return route;
        return null;
    }
}
