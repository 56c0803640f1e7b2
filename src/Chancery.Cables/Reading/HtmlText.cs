using System.Net;
using System.Text;

namespace Chancery.Cables.Reading;

/// <summary>
/// Extracts the text of a cable from an HTML page: the contents of its <c>&lt;pre&gt;</c> boxes joined by
/// a blank line when it has any (the WikiLeaks cable viewer puts header and body in two), otherwise the
/// whole page with block elements turned into line breaks. Entities are decoded; tags never reach the reader.
/// </summary>
internal static class HtmlText
{
    /// <summary>True when the text starts like an HTML document or fragment.</summary>
    public static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048)).TrimStart();
        if (head.IsEmpty || head[0] != '<') return false;
        return head.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<pre", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<div", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<p>", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Turns a page into lines with their original line numbers.</summary>
    public static List<SourceLine> ToLines(string html)
    {
        var lines = new List<SourceLine>();
        var preBlocks = FindPreBlocks(html);
        if (preBlocks.Count > 0)
        {
            // Line numbers are counted forward from block to block, never again from the page start.
            var counted = 0;
            var lineNumber = 1;
            foreach (var (start, end) in preBlocks)
            {
                lineNumber += CountNewlines(html, counted, start);
                counted = start;
                if (lines.Count > 0) lines.Add(new SourceLine(lines[^1].Number, 1, ""));
                Emit(html, start, end, lines, preformatted: true, lineNumber);
            }
        }
        else
        {
            Emit(html, 0, html.Length, lines, preformatted: false, 1);
        }
        return lines;
    }

    private static List<(int Start, int End)> FindPreBlocks(string html)
    {
        var scripts = FindScripts(html);
        var blocks = new List<(int, int)>();
        var nextScript = 0;
        var at = 0;
        while (at < html.Length)
        {
            var open = html.IndexOf("<pre", at, StringComparison.OrdinalIgnoreCase);
            if (open < 0) break;
            while (nextScript < scripts.Count && scripts[nextScript].End <= open) nextScript++;
            if (nextScript < scripts.Count && scripts[nextScript].Start <= open)
            {
                at = scripts[nextScript].End; // a "<pre" written inside a script is not a box
                continue;
            }
            var openEnd = html.IndexOf('>', open);
            if (openEnd < 0) break;
            var close = html.IndexOf("</pre", openEnd, StringComparison.OrdinalIgnoreCase);
            if (close < 0) close = html.Length;
            blocks.Add((openEnd + 1, close));
            at = close + 1;
        }
        return blocks;
    }

    // The <script> and <style> elements of the page, in order, found in one forward pass.
    private static List<(int Start, int End)> FindScripts(string html)
    {
        var ranges = new List<(int, int)>();
        var at = 0;
        while (at < html.Length)
        {
            var lt = html.IndexOf('<', at);
            if (lt < 0) break;
            string? tag = null;
            foreach (var name in (ReadOnlySpan<string>)["script", "style"])
                if (string.Compare(html, lt + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0) tag = name;
            if (tag is null) { at = lt + 1; continue; }
            var close = html.IndexOf("</" + tag, lt, StringComparison.OrdinalIgnoreCase);
            var end = close < 0 ? html.Length : close + tag.Length + 2;
            ranges.Add((lt, end));
            at = end;
        }
        return ranges;
    }

    /// <summary>Writes the text of html[start..end) as lines, skipping tags and decoding entities.</summary>
    private static void Emit(string html, int start, int end, List<SourceLine> lines, bool preformatted, int lineNumber)
    {
        var current = new StringBuilder();
        var currentLine = lineNumber;
        var skipUntil = (string?)null;
        var i = start;
        while (i < end)
        {
            var c = html[i];
            if (skipUntil is not null)
            {
                if (c == '<' && string.Compare(html, i, skipUntil, 0, skipUntil.Length, StringComparison.OrdinalIgnoreCase) == 0)
                    skipUntil = null;
                else
                {
                    if (c == '\n') lineNumber++;
                    i++;
                    continue;
                }
            }
            if (c == '<')
            {
                var close = html.IndexOf('>', i);
                if (close < 0 || close >= end) close = end - 1;
                var tag = TagName(html, i + 1, close);
                lineNumber += CountNewlines(html, i, close + 1);
                if (tag is "script" or "style") skipUntil = "</" + tag;
                else if (!preformatted && IsBlock(tag))
                {
                    Flush(lines, current, currentLine);
                    currentLine = lineNumber;
                }
                else if (tag == "br")
                {
                    Flush(lines, current, currentLine);
                    currentLine = lineNumber;
                }
                i = close + 1;
                continue;
            }
            if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < end && html[i + 1] == '\n') i++;
                lineNumber++;
                i++;
                if (preformatted)
                {
                    Flush(lines, current, currentLine);
                    currentLine = lineNumber;
                }
                else current.Append(' ');
                continue;
            }
            if (c == '&')
            {
                var semi = html.IndexOf(';', i, Math.Min(12, end - i));
                if (semi > i)
                {
                    var decoded = WebUtility.HtmlDecode(html.Substring(i, semi - i + 1));
                    if (decoded.Length < semi - i + 1)
                    {
                        current.Append(decoded);
                        i = semi + 1;
                        continue;
                    }
                }
            }
            current.Append(c);
            i++;
        }
        Flush(lines, current, currentLine);
    }

    private static void Flush(List<SourceLine> lines, StringBuilder current, int number)
    {
        var text = current.ToString();
        lines.Add(InputLines.Make(number, 1, text, 0, text.Length));
        current.Clear();
    }

    private static string TagName(string html, int from, int to)
    {
        var i = from;
        if (i < to && html[i] == '/') i++;
        var s = i;
        while (i < to && char.IsAsciiLetterOrDigit(html[i])) i++;
        return html[s..i].ToLowerInvariant();
    }

    private static bool IsBlock(string tag) => tag is "p" or "div" or "tr" or "li" or "h1" or "h2" or "h3" or "h4"
        or "h5" or "h6" or "table" or "ul" or "ol" or "pre" or "blockquote" or "hr" or "body" or "title" or "dt" or "dd";

    private static int CountNewlines(string s, int from, int to)
    {
        var n = 0;
        for (var i = from; i < to && i < s.Length; i++) if (s[i] == '\n') n++;
        return n;
    }
}
