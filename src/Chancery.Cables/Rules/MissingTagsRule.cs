namespace Chancery.Cables.Rules;

/// <summary>CHR0016: every cable needs a TAGS line (required on all telegrams since 1973).</summary>
internal sealed class MissingTagsRule : ICableRule
{
    public static readonly RuleDescriptor Rule = new("CHR0016", Severity.Error, "no TAGS");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (context.Cable.Tags.Count > 0) return;
        context.Report(Rule, context.Locate.LineStartingWith("TAGS") ?? context.Locate.LineStartingWith("E.O."), "The cable has no TAGS.");
    }
}
