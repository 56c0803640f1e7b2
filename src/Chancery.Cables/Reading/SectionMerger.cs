namespace Chancery.Cables.Reading;

/// <summary>Merges the sections of one message found in one input into one cable.</summary>
internal static class SectionMerger
{
    /// <summary>
    /// Merges cables that are sections of the same message (same reference id), keeping input order: the
    /// merged cable stands where the message's first section stood. Each message is joined once, so the cost
    /// stays linear however many sections (or copies of a section) the input holds.
    /// </summary>
    public static List<Cable> Merge(List<Cable> cables)
    {
        var groups = new Dictionary<string, List<Cable>>(StringComparer.Ordinal);
        var order = new List<object>(cables.Count);
        foreach (var cable in cables)
        {
            if (cable.Sections is null || cable.ReferenceId is null)
            {
                order.Add(cable);
                continue;
            }
            if (!groups.TryGetValue(cable.ReferenceId, out var group))
            {
                groups[cable.ReferenceId] = group = [];
                order.Add(group);
            }
            group.Add(cable);
        }
        var result = new List<Cable>(order.Count);
        foreach (var item in order)
            result.Add(item is Cable single ? single : Combine((List<Cable>)item));
        return result;
    }

    private static Cable Combine(List<Cable> sections)
    {
        if (sections.Count == 1) return sections[0];
        // A section that arrives twice (a rerun, a duplicate copy) counts once: the first copy is kept.
        var ordered = sections
            .DistinctBy(c => c.Sections!.Present.Count > 0 ? c.Sections.Present[0] : 0)
            .OrderBy(c => c.Sections!.Present.Count > 0 ? c.Sections.Present[0] : 0)
            .ToList();
        if (ordered.Count == 1) return ordered[0];
        var first = ordered[0];
        var paragraphs = new List<Paragraph>();
        foreach (var section in ordered) AppendParagraphs(paragraphs, section.Paragraphs);
        return first with
        {
            Sections = new SectionInfo(ordered.Max(c => c.Sections!.Count), [.. ordered.SelectMany(c => c.Sections!.Present).Distinct().Order()]),
            Captions = [.. ordered.SelectMany(c => c.Captions).Distinct()],
            Tags = FirstNonEmpty(ordered, c => c.Tags),
            Subject = ordered.Select(c => c.Subject).FirstOrDefault(s => s is not null),
            SubjectMarking = ordered.Select(c => c.SubjectMarking).FirstOrDefault(s => s is not null),
            References = FirstNonEmpty(ordered, c => c.References),
            ExecutiveOrder = ordered.Select(c => c.ExecutiveOrder).FirstOrDefault(e => e is not null),
            ClassifiedBy = ordered.Select(c => c.ClassifiedBy).FirstOrDefault(e => e is not null),
            Summary = ordered.Select(c => c.Summary).FirstOrDefault(s => s is not null),
            Paragraphs = [.. paragraphs],
            Signature = ordered.Select(c => c.Signature).LastOrDefault(s => s is not null),
            Body = string.Join('\n', ordered.Select(c => c.Body)),
            Diagnostics = [.. ordered.SelectMany(c => c.Diagnostics)],
        };
    }

    private static EquatableList<T> FirstNonEmpty<T>(List<Cable> cables, Func<Cable, EquatableList<T>> list) =>
        cables.Select(list).FirstOrDefault(l => l.Count > 0) ?? EquatableList<T>.Empty;

    // A later section may open in the middle of the previous section's last paragraph: that text
    // (read as a paragraph without number or mark) belongs to it.
    private static void AppendParagraphs(List<Paragraph> merged, EquatableList<Paragraph> next)
    {
        var skip = 0;
        if (merged.Count > 0 && next.Count > 0 && next[0] is { Number: null, Marking: null } continuation)
        {
            merged[^1] = merged[^1] with { Text = merged[^1].Text + " " + continuation.Text };
            skip = 1;
        }
        for (var i = skip; i < next.Count; i++) merged.Add(next[i]);
    }
}
