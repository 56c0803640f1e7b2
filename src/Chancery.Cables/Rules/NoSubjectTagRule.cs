namespace Chancery.Cables.Rules;

/// <summary>CHR0005: every cable needs at least one subject TAG (program, geographic and organization TAGS do not count).</summary>
internal sealed class NoSubjectTagRule : ICableRule
{
    public static readonly RuleDescriptor Rule = new("CHR0005", Severity.Error, "no subject TAG");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        var tags = context.Cable.Tags;
        if (tags.Count == 0) return; // CHR0016 reports the missing line
        foreach (var tag in tags)
            if (context.Tags.TryGet(tag, out var info) && info.Kind == TagKind.Subject) return;
        context.Report(Rule, context.Locate.LineStartingWith("TAGS"),
            $"The TAGS ({string.Join(' ', tags)}) include no subject TAG such as PREL or ECON.");
    }
}
