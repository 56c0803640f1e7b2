namespace Chancery.Cables.Rules;

/// <summary>CHR0001: the overall classification must be at least the highest portion mark of subject and paragraphs.</summary>
internal sealed class ClassificationBelowPortionMarkRule : ICableRule
{
    public static readonly RuleDescriptor Rule = new("CHR0001", Severity.Error, "classification lower than the highest portion mark");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        var cable = context.Cable;
        if (cable.Classification is not { } overall) return;
        string? highestMark = null;
        var highest = overall;
        if (PortionMarks.LevelOf(cable.SubjectMarking) is { } subjectLevel && subjectLevel > highest)
            (highest, highestMark) = (subjectLevel, cable.SubjectMarking);
        foreach (var paragraph in cable.Paragraphs)
            if (PortionMarks.LevelOf(paragraph.Marking) is { } level && level > highest)
                (highest, highestMark) = (level, paragraph.Marking);
        if (highestMark is null) return;
        context.Report(Rule, context.Locate.Find("(" + highestMark + ")") ?? context.Locate.ClassificationLine(),
            $"The cable is classified {Names.Of(overall)} but a portion is marked ({highestMark}), which is {Names.Of(highest)}.");
    }
}
