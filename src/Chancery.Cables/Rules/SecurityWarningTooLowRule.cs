namespace Chancery.Cables.Rules;

/// <summary>
/// CHR0014: the FL4 security warning (<c>ZNY CCCCC</c>) names the level the circuits must be approved for,
/// so it must be at least the classification (LIMITED OFFICIAL USE travels under <c>UUUUU</c>).
/// </summary>
internal sealed class SecurityWarningTooLowRule : ICableRule
{
    public static readonly RuleDescriptor Rule = new("CHR0014", Severity.Error, "security warning lower than the classification");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (context.Cable.Classification is not { } level || context.Cable.Transmission?.SecurityWarning is not { } warning) return;
        var required = level >= Classification.Confidential ? level : Classification.Unclassified;
        if (warning >= required) return;
        var text = context.Cable.Transmission.SecurityWarningText ?? Names.Of(warning);
        context.Report(Rule, context.Locate.LineStartingWithAny(["ZNY", "ZNR"]),
            $"The security warning {text} is lower than the classification {Names.Of(level)}.");
    }
}
