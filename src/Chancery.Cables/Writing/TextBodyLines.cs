namespace Chancery.Cables.Writing;

/// <summary>
/// Writes the text after the header: the numbered paragraphs when the cable has any, otherwise its
/// <see cref="Cable.Body"/>; then the signature. Blocks are separated by one blank line.
/// </summary>
/// <remarks>
/// <see cref="Cable.Body"/> is what a reader found after the header block (paragraphs, unnumbered
/// headings, the signature), so it is written only when there are no <see cref="Cable.Paragraphs"/>, which
/// are the structured form of the same text. <see cref="Cable.Summary"/> normally sits inside paragraph 1
/// (<c>SUMMARY: ... END SUMMARY.</c>); it is written as a block of its own only when the text to be
/// written does not already contain it. The signature is added unless the body already ends with it.
/// </remarks>
internal static class TextBodyLines
{
    /// <summary>Adds the body blocks to <paramref name="output"/>.</summary>
    public static void Write(Cable cable, LineBuilder output)
    {
        var paragraphs = (cable.Paragraphs ?? []).Where(p => p is not null).Select(ParagraphText).Where(t => t.Length > 0).ToList();
        var bodyLines = paragraphs.Count == 0 ? BodyLines(cable.Body) : [];

        var summary = TextGuard.Clean(cable.Summary);
        if (summary.Length > 0 && !Contains(paragraphs, summary) && !Contains(bodyLines, summary))
        {
            output.Blank();
            output.Add("SUMMARY: " + summary + " END SUMMARY.");
        }

        foreach (var paragraph in paragraphs)
        {
            output.Blank();
            output.Add(paragraph);
        }

        if (bodyLines.Count > 0)
        {
            output.Blank();
            foreach (var line in bodyLines)
                if (line.Length == 0) output.Blank();
                else output.Add(line);
        }

        var signature = TextGuard.Clean(cable.Signature);
        if (signature.Length > 0 && !EndsWith(bodyLines, signature))
        {
            output.Blank();
            output.Add(signature);
        }
    }

    /// <summary>
    /// <c>1. (SBU) TEXT</c>: number and mark when present, the text single-spaced, without decorative rules
    /// (<c>-----</c>, <c>=====</c>), which a reader takes for paragraph separators when one starts a line.
    /// </summary>
    internal static string ParagraphText(Paragraph paragraph)
    {
        var text = WithoutRules(TextGuard.Clean(paragraph.Text));
        var marking = TextGuard.Clean(paragraph.Marking);
        if (marking.Length > 0) text = "(" + marking + ") " + text;
        if (paragraph.Number is >= 0 and var number) text = number + ". " + text;
        return text.Trim();
    }

    private static string WithoutRules(string text)
    {
        if (!text.Contains("---", StringComparison.Ordinal) && !text.Contains("===", StringComparison.Ordinal)) return text;
        var words = text.Split(' ').Where(w => !(w.Length >= 3 && !w.AsSpan().ContainsAnyExcept("-=")));
        return string.Join(' ', words);
    }

    /// <summary>The body's lines transliterated and single-spaced, blank runs kept as one, no blank ends.</summary>
    private static List<string> BodyLines(string? body)
    {
        var lines = new List<string>();
        foreach (var raw in Ita2.TransliterateLines(body))
        {
            var line = TextGuard.Apply(raw);
            if (line.Length == 0 && (lines.Count == 0 || lines[^1].Length == 0)) continue;
            lines.Add(line);
        }
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    private static bool Contains(List<string> texts, string part) =>
        texts.Count > 0 && string.Join(' ', texts).Contains(part, StringComparison.Ordinal);

    /// <summary>True when the body's last line, or its last block of lines joined, is the signature.</summary>
    private static bool EndsWith(List<string> lines, string signature)
    {
        if (lines.Count == 0) return false;
        if (lines[^1] == signature) return true;
        var blockStart = lines.FindLastIndex(l => l.Length == 0) + 1;
        return string.Join(' ', lines.Skip(blockStart)) == signature;
    }
}
