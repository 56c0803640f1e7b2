namespace Chancery.Cables.Reading;

/// <summary>Merges the sections of one message found in one input into one cable.</summary>
internal static class SectionMerger
{
    /// <summary>Merges cables that are sections of the same message (same reference id), keeping input order.</summary>
    public static List<Cable> Merge(List<Cable> cables)
    {
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<Cable>(cables.Count);
        foreach (var cable in cables)
        {
            if (cable.Sections is null || cable.ReferenceId is null)
            {
                result.Add(cable);
                continue;
            }
            if (!byId.TryGetValue(cable.ReferenceId, out var at))
            {
                byId[cable.ReferenceId] = result.Count;
                result.Add(cable);
                continue;
            }
            result[at] = Combine(result[at], cable);
        }
        return result;
    }

    private static Cable Combine(Cable first, Cable next)
    {
        var firstSection = first.Sections!.Present.Count > 0 ? first.Sections.Present[0] : 0;
        var nextSection = next.Sections!.Present.Count > 0 ? next.Sections.Present[0] : 0;
        var (a, b) = nextSection < firstSection ? (next, first) : (first, next);
        var present = first.Sections.Present.Concat(next.Sections.Present).Distinct().Order().ToArray();
        return a with
        {
            Sections = new SectionInfo(Math.Max(first.Sections.Count, next.Sections.Count), present),
            Captions = Union(a.Captions, b.Captions),
            Tags = a.Tags.Count > 0 ? a.Tags : b.Tags,
            Subject = a.Subject ?? b.Subject,
            SubjectMarking = a.SubjectMarking ?? b.SubjectMarking,
            References = a.References.Count > 0 ? a.References : b.References,
            ExecutiveOrder = a.ExecutiveOrder ?? b.ExecutiveOrder,
            ClassifiedBy = a.ClassifiedBy ?? b.ClassifiedBy,
            Summary = a.Summary ?? b.Summary,
            Paragraphs = JoinParagraphs(a.Paragraphs, b.Paragraphs),
            Signature = b.Signature ?? a.Signature,
            Body = a.Body + "\n" + b.Body,
            Diagnostics = [.. a.Diagnostics, .. b.Diagnostics],
        };
    }

    // A later section may open in the middle of the previous section's last paragraph: that text
    // (read as a paragraph without number or mark) belongs to it.
    private static EquatableList<Paragraph> JoinParagraphs(EquatableList<Paragraph> first, EquatableList<Paragraph> next)
    {
        if (first.Count == 0 || next.Count == 0 || next[0] is not { Number: null, Marking: null } continuation)
            return [.. first, .. next];
        var last = first[^1];
        return [.. first.Take(first.Count - 1), last with { Text = last.Text + " " + continuation.Text }, .. next.Skip(1)];
    }

    private static EquatableList<string> Union(EquatableList<string> a, EquatableList<string> b) =>
        [.. a.Concat(b).Distinct()];
}
