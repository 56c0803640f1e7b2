namespace Chancery.Cables.Rules;

/// <summary>
/// CHR0009: the sections of a multi-section message (<c>SECTION 01 OF 03</c>) must lie within 1 to the count,
/// in order, each once; a text that joins several sections must hold all of them; the DE line's section
/// (<c>#0038/02</c>) must match a single section's number. A text holding one section is one transmission
/// and complete as such.
/// </summary>
internal sealed class SectionsIncompleteRule : ICableRule
{
    public static readonly RuleDescriptor Rule = new("CHR0009", Severity.Warning, "sections missing or out of order");

    /// <summary>More sections than this is no count (the text writes it with two or three digits).</summary>
    public const int MaxSections = 999;

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (context.Cable.Sections is not { } sections) return;
        if (sections.Count is < 1 or > MaxSections)
        {
            context.Report(Rule, SectionLine(context), $"The section count {sections.Count} is not a number of sections.");
            return;
        }
        var present = sections.Present;
        var seen = new bool[sections.Count + 1];
        for (var i = 0; i < present.Count; i++)
        {
            var number = present[i];
            if (number < 1 || number > sections.Count)
                context.Report(Rule, SectionLine(context), $"Section {number} is outside 1 to {sections.Count}.");
            else if (seen[number])
                context.Report(Rule, SectionLine(context), $"Section {number} of {sections.Count} appears twice.");
            else if (i > 0 && number < present[i - 1])
                context.Report(Rule, SectionLine(context), $"Section {number} of {sections.Count} comes after section {present[i - 1]}.");
            if (number >= 1 && number <= sections.Count) seen[number] = true;
        }
        if (present.Count > 1)
        {
            var missing = Enumerable.Range(1, sections.Count).Where(n => !seen[n]).ToList();
            if (missing.Count > 0)
                context.Report(Rule, SectionLine(context), missing.Count == 1
                    ? $"Section {missing[0]} of {sections.Count} is missing."
                    : $"Sections {string.Join(", ", missing)} of {sections.Count} are missing.");
        }
        if (present.Count == 1 && context.Cable.Transmission?.Section is { } deSection && deSection != present[0])
            context.Report(Rule, context.Locate.LineStartingWith("DE") ?? SectionLine(context),
                $"The DE line names section {deSection} but the text is section {present[0]} of {sections.Count}.");
    }

    private static TextPosition? SectionLine(RuleContext context) => context.Locate.Find("SECTION", wholeWord: true);
}
