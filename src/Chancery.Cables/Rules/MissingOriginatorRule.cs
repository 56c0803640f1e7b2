namespace Chancery.Cables.Rules;

/// <summary>CHR0021: every cable needs an originator (the FM line).</summary>
internal sealed class MissingOriginatorRule : ICableRule
{
    public static readonly RuleDescriptor Rule = new("CHR0021", Severity.Error, "no originator");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (!string.IsNullOrWhiteSpace(context.Cable.From?.Address)) return;
        context.Report(Rule, context.Locate.LineStartingWith("TO"), "The cable has no originator (FM line).");
    }
}
