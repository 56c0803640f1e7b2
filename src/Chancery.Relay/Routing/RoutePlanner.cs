using Chancery.Relay.Configuration;

namespace Chancery.Relay.Routing;

/// <summary>
/// Decides where a transmission goes (FORMAT_SPEC §2.2): expands collectives once (XMT exemptions honoured, no
/// indicator twice), delivers what this station serves, segregates the rest per outgoing link by the routing table
/// (alternate route while the primary link is down), and lowers an information-only copy's precedence when the
/// cable has a dual precedence (§311d). Pure: the link states come in as a function.
/// </summary>
public sealed class RoutePlanner
{
    private readonly StationConfig _config;
    private readonly RoutingTable _table;
    private readonly HashSet<string> _served;

    /// <summary>Makes a planner for the station <paramref name="config"/> describes.</summary>
    public RoutePlanner(StationConfig config)
    {
        _config = config;
        _table = new RoutingTable(config.Routes);
        _served = new HashSet<string>(config.Serves, StringComparer.Ordinal) { config.RoutingIndicator };
    }

    /// <summary>The routing table in use.</summary>
    public RoutingTable Table => _table;

    /// <summary>
    /// Plans one transmission. <paramref name="isUp"/> tells whether a link is up; <paramref name="arrivedOn"/> is the
    /// link it came in by (never sent back there: that would loop), or null for a cable released here.
    /// </summary>
    public RoutePlan Plan(Addressing addressing, Func<string, bool> isUp, string? arrivedOn = null)
    {
        var local = new List<string>();
        var unroutable = new List<string>();
        var perLink = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var linkOrder = new List<string>();
        var action = new HashSet<string>(addressing.ActionIndicators, StringComparer.Ordinal);

        foreach (var ri in Expand(addressing, action))
        {
            if (_served.Contains(ri)) { local.Add(ri); continue; }
            var link = ChooseLink(ri, isUp);
            if (link is null || link == arrivedOn) { unroutable.Add(ri); continue; }
            if (!perLink.TryGetValue(link, out var list))
            {
                perLink[link] = list = [];
                linkOrder.Add(link);
            }
            list.Add(ri);
        }

        var hops = linkOrder.Select(link =>
        {
            var indicators = perLink[link];
            var informationOnly = addressing.InfoPrecedence is not null && !indicators.Any(action.Contains);
            return new Hop(link, indicators, informationOnly ? addressing.InfoPrecedence!.Value : addressing.Precedence);
        }).ToList();
        return new RoutePlan(local, hops, unroutable);
    }

    /// <summary>The link for one indicator: the primary, or the alternate while the primary is down and the alternate up.</summary>
    public string? ChooseLink(string routingIndicator, Func<string, bool> isUp)
    {
        if (_table.Lookup(routingIndicator) is not { } route) return null;
        if (!isUp(route.Link) && route.Alternate is { } alternate && isUp(alternate)) return alternate;
        return route.Link;
    }

    /// <summary>
    /// The routing line with collectives replaced by their members (recursively, each collective once), exempted
    /// indicators dropped, every indicator once, in order of first appearance. Members of an action collective
    /// become action indicators.
    /// </summary>
    public IReadOnlyList<string> Expand(Addressing addressing, HashSet<string> action)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var expanded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ri in addressing.RoutingIndicators) Add(ri, action.Contains(ri));
        return result;

        void Add(string ri, bool isAction)
        {
            if (addressing.Exempted.Contains(ri)) return;
            if (_config.Collectives.TryGetValue(ri, out var members) && !_served.Contains(ri))
            {
                if (!expanded.Add(ri)) return;
                foreach (var member in members) Add(member, isAction);
                return;
            }
            if (isAction) action.Add(ri);
            if (seen.Add(ri)) result.Add(ri);
        }
    }
}
