namespace Chancery.Cables;

/// <summary>What a validation rule checks: its stable code, the severity of its findings and a one-line title.</summary>
/// <param name="Code">A stable code, <c>CHR</c> + four digits.</param>
/// <param name="Severity">The severity of every finding of the rule.</param>
/// <param name="Title">What the rule rejects, in a few words.</param>
public sealed record RuleDescriptor(string Code, Severity Severity, string Title);
