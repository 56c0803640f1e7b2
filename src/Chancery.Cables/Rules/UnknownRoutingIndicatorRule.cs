namespace Chancery.Cables.Rules;

/// <summary>
/// CHR0012: every routing indicator on the routing line (FL2), the DE line and the addressee lines must be in
/// the station directory. <c>ZEN</c> (delivered by other means) is not a routing indicator.
/// </summary>
internal sealed class UnknownRoutingIndicatorRule : ICableRule
{
    public static readonly RuleDescriptor Rule = new("CHR0012", Severity.Warning, "unknown routing indicator");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        var cable = context.Cable;
        HashSet<string>? reported = null;
        if (cable.Transmission is { } transmission)
        {
            foreach (var ri in transmission.RoutingIndicators) Check(context, ri, "routing line", ref reported);
            if (transmission.OriginatingStation is { } origin) Check(context, origin, "DE line", ref reported);
        }
        foreach (var addressee in cable.To) Check(context, addressee.RoutingIndicator, "TO line", ref reported);
        foreach (var addressee in cable.Info) Check(context, addressee.RoutingIndicator, "INFO line", ref reported);
        foreach (var addressee in cable.Exempted) Check(context, addressee.RoutingIndicator, "XMT line", ref reported);
    }

    private static void Check(RuleContext context, string? ri, string where, ref HashSet<string>? reported)
    {
        if (string.IsNullOrEmpty(ri) || ri == "ZEN" || context.Stations.IsKnownRoutingIndicator(ri)) return;
        reported ??= new HashSet<string>(StringComparer.Ordinal);
        if (!reported.Add(ri)) return;
        context.Report(Rule, context.Locate.Find(ri, wholeWord: true), $"The routing indicator {ri} on the {where} is not in the station directory.");
    }
}
