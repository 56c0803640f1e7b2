using Chancery.Cables;

namespace Chancery.Relay.Routing;

/// <summary>
/// What routing needs from a transmission: its routing line, which indicators serve action addressees, which are
/// exempted (XMT), and its precedences.
/// </summary>
/// <param name="RoutingIndicators">The routing line (FL2) of the copy in hand, in order.</param>
/// <param name="ActionIndicators">Indicators of action (TO) addressees; a copy reaching none of them is information-only.</param>
/// <param name="Exempted">Indicators exempted from collectives (XMT).</param>
/// <param name="Precedence">The routing precedence (FL2; the higher of a dual precedence).</param>
/// <param name="InfoPrecedence">The lower precedence of a dual-precedence preamble, for information-only copies; null when single.</param>
public sealed record Addressing(
    IReadOnlyList<string> RoutingIndicators,
    IReadOnlySet<string> ActionIndicators,
    IReadOnlySet<string> Exempted,
    Precedence Precedence,
    Precedence? InfoPrecedence)
{
    /// <summary>
    /// Reads the addressing of a transmission. With <paramref name="fromAddressees"/> (a cable released here) the
    /// routing line is made from the TO and INFO addressees' indicators; otherwise it is the cable's FL2.
    /// </summary>
    public static Addressing Of(Cable cable, bool fromAddressees)
    {
        var routing = new List<string>();
        if (fromAddressees)
        {
            foreach (var a in cable.To.Concat(cable.Info))
                if (a.RoutingIndicator is { Length: > 0 } ri && !routing.Contains(ri)) routing.Add(ri);
        }
        else if (cable.Transmission is { } t)
        {
            foreach (var ri in t.RoutingIndicators)
                if (!routing.Contains(ri)) routing.Add(ri);
        }
        var action = cable.To.Select(a => a.RoutingIndicator).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var exempted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var x in cable.Exempted)
        {
            if (x.RoutingIndicator is { Length: > 0 } ri) exempted.Add(ri);
            else if (StationDirectory.Default.TryGetByAddress(x.Address, out var entry))
                foreach (var route in entry.Routes) exempted.Add(route.RoutingIndicator);
        }
        var high = Max(cable.Transmission?.RoutingPrecedence, Max(cable.Precedence, cable.InfoPrecedence)) ?? Cables.Precedence.Routine;
        Precedence? low = cable.Precedence is { } p && cable.InfoPrecedence is { } i && i < p ? i : null;
        return new Addressing(routing, action, exempted, high, low);
    }

    private static Precedence? Max(Precedence? a, Precedence? b) => a is null ? b : b is null ? a : (Precedence)Math.Max((int)a, (int)b);
}
