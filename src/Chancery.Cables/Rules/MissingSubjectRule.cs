namespace Chancery.Cables.Rules;

/// <summary>CHR0015: every cable needs a SUBJECT line.</summary>
internal sealed class MissingSubjectRule : ICableRule
{
    public static readonly RuleDescriptor Rule = new("CHR0015", Severity.Error, "no subject");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (!string.IsNullOrWhiteSpace(context.Cable.Subject)) return;
        context.Report(Rule, context.Locate.LineStartingWithAny(["SUBJECT", "SUBJ"]) ?? context.Locate.LineStartingWith("TAGS"),
            "The cable has no subject.");
    }
}
