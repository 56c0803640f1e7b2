using System.Text;
using Chancery.Archive;
using Spectre.Console;

namespace Chancery.Cli.Archive;

/// <summary>Turns a plain snippet and its matched ranges into Spectre markup, escaping everything else.</summary>
internal static class Highlighter
{
    /// <summary>
    /// <paramref name="snippet"/> as markup with each range of <paramref name="highlights"/> in <paramref name="style"/>;
    /// ranges outside the text or overlapping an earlier one are clipped, never trusted.
    /// </summary>
    public static string Markup(string snippet, IEnumerable<TextRange> highlights, string style = "bold yellow")
    {
        var markup = new StringBuilder(snippet.Length + 32);
        var at = 0;
        foreach (var range in highlights.OrderBy(r => r.Start))
        {
            var start = Math.Clamp(range.Start, at, snippet.Length);
            var end = Math.Clamp(range.Start + range.Length, start, snippet.Length);
            if (end <= start) continue;
            markup.Append(Spectre.Console.Markup.Escape(snippet[at..start]));
            markup.Append('[').Append(style).Append(']')
                .Append(Spectre.Console.Markup.Escape(snippet[start..end])).Append("[/]");
            at = end;
        }
        markup.Append(Spectre.Console.Markup.Escape(snippet[at..]));
        return markup.ToString();
    }
}
