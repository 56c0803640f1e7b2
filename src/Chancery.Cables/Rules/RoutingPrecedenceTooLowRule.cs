namespace Chancery.Cables.Rules;

/// <summary>
/// CHR0013: the doubled precedence of the routing line (FL2) decides how every relay handles the
/// transmission, so it must be at least the precedence of every addressee it carries. Addressees whose
/// routing indicator is not on FL2 travel in another transmission and are not compared (a segregated copy
/// for information addressees may go at a lower precedence).
/// </summary>
internal sealed class RoutingPrecedenceTooLowRule : ICableRule
{
    public static readonly RuleDescriptor Rule = new("CHR0013", Severity.Error, "routing-line precedence lower than an addressee's");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (context.Cable.Transmission is not { RoutingPrecedence: { } routing } transmission) return;
        var onRoutingLine = transmission.RoutingIndicators;
        Addressee? highest = null;
        foreach (var addressee in context.Cable.To.Concat(context.Cable.Info))
        {
            if (addressee.Precedence is not { } precedence || precedence <= routing) continue;
            if (onRoutingLine.Count > 0 && (addressee.RoutingIndicator is null || !onRoutingLine.Contains(addressee.RoutingIndicator))) continue;
            if (highest is null || precedence > highest.Precedence) highest = addressee;
        }
        if (highest is null) return;
        var prosign = Names.Prosign(routing);
        context.Report(Rule, context.Locate.LineStartingWith($"{prosign}{prosign}"),
            $"The routing line is {Names.Of(routing)} but {highest.Address} is addressed {highest.PrecedenceText}.");
    }
}
