using System.Text;
using Chancery.Archive;
using Microsoft.AspNetCore.Html;

namespace Chancery.Web.Rendering;

/// <summary>A search snippet as HTML: the text encoded, the highlighted ranges in <c>&lt;mark&gt;</c>.</summary>
internal static class Snippets
{
    /// <summary>
    /// Renders <paramref name="snippet"/> with <paramref name="highlights"/> marked. Ranges out of bounds are clipped,
    /// overlapping ones merged, so a store bug can never break the markup.
    /// </summary>
    public static IHtmlContent Html(string snippet, IEnumerable<TextRange> highlights)
    {
        var html = new StringBuilder(snippet.Length + 32);
        var position = 0;
        foreach (var (start, end) in Clean(snippet, highlights))
        {
            html.Append(VisibleText.Encode(snippet[position..start]));
            html.Append("<mark>").Append(VisibleText.Encode(snippet[start..end])).Append("</mark>");
            position = end;
        }
        html.Append(VisibleText.Encode(snippet[position..]));
        return new HtmlString(html.ToString());
    }

    internal static List<(int Start, int End)> Clean(string snippet, IEnumerable<TextRange> highlights)
    {
        var length = snippet.Length;
        var ranges = new List<(int Start, int End)>();
        foreach (var range in highlights.OrderBy(h => h.Start))
        {
            var start = Math.Clamp(range.Start, 0, length);
            var end = (int)Math.Clamp((long)range.Start + range.Length, 0, length);
            if (end <= start) continue;
            // Never split a surrogate pair.
            if (start > 0 && char.IsLowSurrogate(snippet[start])) start--;
            if (end < length && char.IsLowSurrogate(snippet[end])) end++;
            if (ranges.Count > 0 && start <= ranges[^1].End)
                ranges[^1] = (ranges[^1].Start, Math.Max(ranges[^1].End, end));
            else
                ranges.Add((start, end));
        }
        return ranges;
    }
}
