namespace Chancery.Cables.Rules;

/// <summary>CHR0019: <c>ZNR</c> lets a message travel unencrypted over non-approved circuits; a classified cable must go <c>ZNY</c>.</summary>
internal sealed class ClassifiedSentInClearRule : ICableRule
{
    public static readonly RuleDescriptor Rule = new("CHR0019", Severity.Error, "classified cable sent ZNR (in the clear)");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (!context.IsClassified || context.Cable.Transmission?.SecurityWarningText is not { } warning) return;
        if (!warning.AsSpan().TrimStart().StartsWith("ZNR", StringComparison.Ordinal)) return;
        context.Report(Rule, context.Locate.LineStartingWith("ZNR"),
            $"The cable is {Names.Of(context.Cable.Classification!.Value)} but its security warning {warning} allows unencrypted circuits.");
    }
}
