namespace Chancery.Cables.Rules;

/// <summary>
/// CHR0003: a classified cable needs a <c>Classified By</c> line (classifier and reasons). Cables under the
/// executive orders before E.O. 12958 (1995) did not carry the line and are not checked.
/// </summary>
internal sealed class ClassifiedWithoutClassifiedByRule : ICableRule
{
    public static readonly RuleDescriptor Rule = new("CHR0003", Severity.Error, "classified without a Classified By line");

    private static readonly string[] s_olderOrders = ["11652", "11653", "12065", "12356"];

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (!context.IsClassified || context.Cable.ClassifiedBy is not null) return;
        var order = context.Cable.ExecutiveOrder?.Order;
        if (order is not null ? s_olderOrders.Contains(order) : context.Cable.Created?.Year < 1996) return;
        context.Report(Rule, context.Locate.LineStartingWith("E.O.") ?? context.Locate.ClassificationLine(),
            $"The cable is {Names.Of(context.Cable.Classification!.Value)} but has no Classified By line.");
    }
}
