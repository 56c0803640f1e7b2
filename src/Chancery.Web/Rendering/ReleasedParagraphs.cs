using Chancery.Archive.Security;
using Chancery.Cables;

namespace Chancery.Web.Rendering;

/// <summary>A paragraph as the cable page shows it: its text, or a notice that it is withheld from this reader.</summary>
/// <param name="Shown">The paragraph when released.</param>
/// <param name="Withheld">The withheld portion otherwise.</param>
internal sealed record ParagraphView(Paragraph? Shown, WithheldPortion? Withheld);

/// <summary>
/// Puts the withheld portions back in their places among the released paragraphs, so the reader sees "Paragraph 4
/// withheld (S)" where paragraph 4 stood. A store may drop a withheld paragraph from the list or keep it with its text
/// emptied; both give the same page.
/// </summary>
internal static class ReleasedParagraphs
{
    public static IReadOnlyList<ParagraphView> Merge(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<WithheldPortion> withheld)
    {
        var portions = withheld.Where(w => w.Index >= 0).OrderBy(w => w.Index).ToList();
        if (portions.Count == 0) return paragraphs.Select(p => new ParagraphView(p, null)).ToList();
        var kept = portions.All(w => w.Index < paragraphs.Count && string.IsNullOrWhiteSpace(paragraphs[w.Index].Text));
        var views = new List<ParagraphView>(paragraphs.Count + portions.Count);
        if (kept)
        {
            var byIndex = portions.ToDictionary(w => w.Index);
            for (var i = 0; i < paragraphs.Count; i++)
                views.Add(byIndex.TryGetValue(i, out var w) ? new ParagraphView(null, w) : new ParagraphView(paragraphs[i], null));
            return views;
        }
        var next = 0;
        var position = 0;
        foreach (var portion in portions)
        {
            while (position < portion.Index && next < paragraphs.Count)
            {
                views.Add(new ParagraphView(paragraphs[next++], null));
                position++;
            }
            views.Add(new ParagraphView(null, portion));
            position++;
        }
        while (next < paragraphs.Count) views.Add(new ParagraphView(paragraphs[next++], null));
        return views;
    }

    /// <summary>"Paragraph 4 withheld (S)", or "Subject withheld (S)".</summary>
    public static string Notice(WithheldPortion portion) =>
        portion.Index < 0
            ? $"Subject withheld ({portion.Marking})"
            : $"Paragraph {Api.ReleaseJson.ParagraphNumber(portion)} withheld ({portion.Marking})";
}
