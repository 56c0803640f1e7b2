namespace Chancery.Cables.Rules;

/// <summary>
/// CHR0022: the routing indicator before an addressee (<c>RUEHTA/AMEMBASSY ASTANA</c>) must be one that
/// delivered to that station on the cable's date, or the copy goes to the wrong post. Addressees that are no
/// station (agencies, collectives) and unknown indicators (CHR0012) are not checked.
/// </summary>
internal sealed class RoutingIndicatorMismatchRule : ICableRule
{
    public static readonly RuleDescriptor Rule = new("CHR0022", Severity.Warning, "routing indicator does not serve the addressee");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        var at = context.CreatedDate;
        foreach (var addressee in context.Cable.To.Concat(context.Cable.Info))
        {
            if (addressee.RoutingIndicator is not { } ri || ri == "ZEN") continue;
            var routes = context.Stations.RoutesOf(ri);
            if (routes.Count == 0 || context.Stations.OriginForAddress(addressee.Address) is not { } station) continue;
            if (Serves(routes, station, at)) continue;
            var served = routes.FirstOrDefault(r => r.Station is not null && (at is not { } day || r.IsValidOn(day)))?.Station;
            context.Report(Rule, context.Locate.Find(ri + "/", wholeWord: false),
                served is null
                    ? $"The routing indicator {ri} does not deliver to {addressee.Address} ({station})."
                    : $"The routing indicator {ri} delivers to {served}, not to {addressee.Address} ({station}){(at is { } d ? $" on {d:yyyy-MM-dd}" : "")}.");
        }
    }

    private static bool Serves(IReadOnlyList<RoutingEntry> routes, string station, DateOnly? at)
    {
        foreach (var route in routes)
            if (string.Equals(route.Station, station, StringComparison.OrdinalIgnoreCase) && (at is not { } day || route.IsValidOn(day)))
                return true;
        return false;
    }
}
