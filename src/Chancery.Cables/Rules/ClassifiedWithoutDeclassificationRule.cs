namespace Chancery.Cables.Rules;

/// <summary>CHR0002: a classified cable needs an E.O. line with a declassification instruction (<c>DECL:</c>).</summary>
internal sealed class ClassifiedWithoutDeclassificationRule : ICableRule
{
    public static readonly RuleDescriptor Rule = new("CHR0002", Severity.Error, "classified without E.O. line or declassification instruction");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (!context.IsClassified) return;
        var level = Names.Of(context.Cable.Classification!.Value);
        if (context.Cable.ExecutiveOrder is not { } order)
            context.Report(Rule, context.Locate.ClassificationLine(), $"The cable is {level} but has no E.O. line.");
        else if (order.Declassify is null || order.Declassify.Equals("N/A", StringComparison.OrdinalIgnoreCase))
            context.Report(Rule, context.Locate.LineStartingWith("E.O."), $"The cable is {level} but its E.O. line gives no declassification instruction (DECL:).");
    }
}
