namespace Chancery.Cables.Rules;

/// <summary>CHR0004: SIPDIS (wide SIPRNet distribution) contradicts NODIS and EXDIS (named or very limited distribution).</summary>
internal sealed class SipdisWithRestrictedDistributionRule : ICableRule
{
    public static readonly RuleDescriptor Rule = new("CHR0004", Severity.Error, "SIPDIS together with NODIS or EXDIS");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (!Captions.Has(context.Cable, "SIPDIS")) return;
        var restriction = Captions.Has(context.Cable, "NODIS") ? "NODIS" : Captions.Has(context.Cable, "EXDIS") ? "EXDIS" : null;
        if (restriction is null) return;
        context.Report(Rule, context.Locate.Find("SIPDIS", wholeWord: true),
            $"SIPDIS cannot be combined with {restriction}: the cable would be both widely shared and restricted.");
    }
}
