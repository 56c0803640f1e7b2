namespace Chancery.Cables.Rules;

/// <summary>CHR0018: NOFORN (not releasable to foreign nationals) is a control on classified information, not on an unclassified cable.</summary>
internal sealed class NofornOnUnclassifiedRule : ICableRule
{
    public static readonly RuleDescriptor Rule = new("CHR0018", Severity.Warning, "NOFORN on an unclassified cable");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (context.Cable.Classification != Classification.Unclassified || !Captions.Has(context.Cable, "NOFORN")) return;
        context.Report(Rule, context.Locate.Find("NOFORN", wholeWord: true), "The cable is UNCLASSIFIED but carries the NOFORN caption.");
    }
}
