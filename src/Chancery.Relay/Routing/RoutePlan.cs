using Chancery.Cables;

namespace Chancery.Relay.Routing;

/// <summary>
/// Where one transmission goes from this station: the indicators delivered here, one copy per outgoing link
/// carrying only the indicators reached through it (routing-line segregation), and what no route reaches.
/// </summary>
/// <param name="Local">Routing indicators this station serves, in routing-line order.</param>
/// <param name="Hops">One copy per outgoing link, in order of first appearance.</param>
/// <param name="Unroutable">Routing indicators no route reaches (held for an operator).</param>
public sealed record RoutePlan(IReadOnlyList<string> Local, IReadOnlyList<Hop> Hops, IReadOnlyList<string> Unroutable)
{
    /// <summary>Every indicator the plan places, local, on a hop or unroutable.</summary>
    public IEnumerable<string> AllIndicators => Local.Concat(Hops.SelectMany(h => h.RoutingIndicators)).Concat(Unroutable);
}

/// <summary>One segregated copy: the link it leaves by, its routing line and its precedence.</summary>
/// <param name="Link">The outgoing link's name.</param>
/// <param name="RoutingIndicators">The copy's routing line (only the indicators reached through <paramref name="Link"/>).</param>
/// <param name="Precedence">The copy's routing precedence (lowered for an information-only copy where the cable allows).</param>
public sealed record Hop(string Link, IReadOnlyList<string> RoutingIndicators, Precedence Precedence);
