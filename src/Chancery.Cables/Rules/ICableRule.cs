namespace Chancery.Cables.Rules;

/// <summary>One check a communications centre would make before accepting a cable.</summary>
internal interface ICableRule
{
    /// <summary>The rule's code, severity and title.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Reports what the rule finds through <see cref="RuleContext.Report"/>.</summary>
    void Check(RuleContext context);
}
