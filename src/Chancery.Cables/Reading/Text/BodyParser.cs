using System.Text;

namespace Chancery.Cables.Reading.Text;

/// <summary>
/// Reads the body: removes page continuation headers and their banners, finds numbered paragraphs
/// (recovering mangled numbers), rejoins paragraphs split by a page break, and finds the summary and
/// the signature.
/// </summary>
/// <remarks>Diagnostic codes: CHN0301 paragraph number out of sequence; CHN0302 paragraph number recovered.</remarks>
internal static class BodyParser
{
    private readonly record struct BodyLine(SourceLine Source, string Text, bool AfterPageBreak);

    /// <summary>Parses lines[start..end).</summary>
    public static BodyText Parse(IReadOnlyList<SourceLine> lines, int start, int end, DiagnosticBag diagnostics)
    {
        var kept = Keep(lines, start, end);
        var body = JoinBody(kept);
        var signatureAt = FindSignature(kept, out var signature);
        var paragraphs = ReadParagraphs(kept, signatureAt, diagnostics);
        var summary = FindSummary(paragraphs, kept);
        return new BodyText(body, paragraphs, summary, signature);
    }

    private static List<BodyLine> Keep(IReadOnlyList<SourceLine> lines, int start, int end)
    {
        // Drop the transmission's ending: BT, #0038, NNNN and blank lines.
        while (end > start)
        {
            var t = lines[end - 1].Text.Trim();
            if (t.Length == 0 || t == "BT" || t.StartsWith("NNNN") || (t.Length <= 8 && t[0] == '#' && Words.IsDigits(t.AsSpan(1))))
                end--;
            else break;
        }
        var kept = new List<BodyLine>(Math.Max(0, end - start));
        var pageBreak = false;
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            var text = line.Text;
            if (PageHeader.TryMatch(text, out var length))
            {
                pageBreak = true;
                // a banner just before the header belongs to the page break too
                while (kept.Count > 0 && (kept[^1].Text.Length == 0 || TextHeaderParser.IsBannerLine(kept[^1].Text)))
                {
                    if (kept[^1].Text.Length > 0) { kept.RemoveAt(kept.Count - 1); break; }
                    kept.RemoveAt(kept.Count - 1);
                }
                text = text[length..].TrimStart();
                if (text.Length == 0) continue;
            }
            else if (pageBreak && (text.Length == 0 || TextHeaderParser.IsBannerLine(text))) continue;
            kept.Add(new BodyLine(line, text, pageBreak));
            pageBreak = false;
        }
        while (kept.Count > 0 && kept[^1].Text.Length == 0) kept.RemoveAt(kept.Count - 1);
        return kept;
    }

    private static string JoinBody(List<BodyLine> kept)
    {
        var sb = new StringBuilder();
        foreach (var line in kept)
        {
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(line.Text);
        }
        return sb.ToString();
    }

    private static int FindSignature(List<BodyLine> kept, out string? signature)
    {
        signature = null;
        var last = kept.Count - 1;
        if (last < 0) return kept.Count;
        var text = kept[last].Text.Trim();
        if (!LooksLikeSignature(text)) return kept.Count;
        var before = last > 0 ? kept[last - 1].Text.TrimEnd() : "";
        if (before.Length > 0 && !EndsSentence(before) && !LooksLikeSignature(before.Trim())) return kept.Count;
        if (Paragraphs.IsParagraphStart(kept[last].Text)) return kept.Count;
        signature = Words.Collapse(text);
        return last;
    }

    private static bool LooksLikeSignature(string text)
    {
        if (text.Length is 0 or > 40) return false;
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c)) { letters++; continue; }
            if (c is ' ' or '.' or '\'' or '-' or ',' or '/') continue;
            return false;
        }
        if (letters < 2) return false;
        var upper = text.ToUpperInvariant();
        if (upper.StartsWith("END") || upper is "SIPDIS" or "NOFORN" or "BT" or "NNNN" or "UNCLASSIFIED" or "CONFIDENTIAL" or "SECRET"
            || upper.Contains("XXXXXX")) return false;
        if (text.EndsWith('.') && !(text.Length >= 2 && char.IsUpper(text[^2]) && (text.Length == 2 || text[^3] is ' ' or '.'))) return false;
        // Names are a few words.
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4;
    }

    private static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        if (t.Length == 0) return true;
        return t[^1] is '.' or '?' or '!' or ':' or '"' or ')' or '\'' or '-' or '\u201D';
    }

    private static List<Paragraph> ReadParagraphs(List<BodyLine> kept, int end, DiagnosticBag diagnostics)
    {
        var result = new List<Paragraph>();
        int? previous = null;
        int? number = null;
        string? marking = null;
        StringBuilder? text = null;
        var pendingBlank = false;
        var pendingBreak = false;
        for (var i = 0; i < end; i++)
        {
            var line = kept[i];
            if (line.Text.Length == 0 || line.Text.Trim().Length == 0) { pendingBlank = true; continue; }
            if (Paragraphs.TryRead(line.Text, out var start) && Accept(start, line.Text, previous, out var actual))
            {
                Flush();
                if (actual != start.Number)
                    diagnostics.Info("CHN0302", line.Source, 0, $"Paragraph number {start.Number} read as {actual} (a paragraph sign was read as a digit).");
                else if (previous is { } p && actual != p + 1)
                    diagnostics.Info("CHN0301", line.Source, 0, $"Paragraph {actual} follows paragraph {p}.");
                previous = number = actual;
                var rest = line.Text.AsSpan(start.TextOffset);
                marking = PortionMark.TryRead(rest, out var markLength);
                if (marking is not null) rest = rest[markLength..];
                text = new StringBuilder(Words.Collapse(rest));
                pendingBlank = pendingBreak = false;
                continue;
            }
            if (text is null) continue;
            var trimmed = line.Text.Trim();
            if (IsRule(trimmed)) { pendingBlank = true; continue; }
            if ((pendingBlank || line.AfterPageBreak) && IsHeading(trimmed) && NextIsParagraph(kept, i + 1, end, previous))
            {
                pendingBlank = true;
                continue;
            }
            if (line.AfterPageBreak) pendingBreak = true;
            if (pendingBlank && !(pendingBreak || SplitByBreak(text, trimmed)))
                text.Append("\n\n");
            else if (text.Length > 0) text.Append(' ');
            text.Append(Words.Collapse(trimmed));
            pendingBlank = pendingBreak = false;
        }
        Flush();
        return result;

        void Flush()
        {
            if (text is not null && number is not null) result.Add(new Paragraph(number, marking, text.ToString().Trim()));
            text = null;
        }
    }

    private static bool Accept(Paragraphs.Start start, string line, int? previous, out int actual)
    {
        actual = start.Number;
        if (previous is not { } p) return start.Number <= 40 || start.Pilcrow;
        var expected = p + 1;
        if (start.Number == expected) return true;
        if (!start.Pilcrow && start.Number >= 10 && start.Number.ToString() == "1" + expected.ToString()) { actual = expected; return true; }
        if (start.Number > expected && start.Number <= expected + 3) return true;
        if (start.Pilcrow && start.Number > expected && start.Number <= expected + 10) return true;
        _ = line;
        return false;
    }

    private static bool NextIsParagraph(List<BodyLine> kept, int from, int end, int? previous)
    {
        for (var i = from; i < end; i++)
        {
            if (kept[i].Text.Trim().Length == 0 || IsRule(kept[i].Text.Trim())) continue;
            return Paragraphs.TryRead(kept[i].Text, out var s) && Accept(s, kept[i].Text, previous, out _);
        }
        return true;
    }

    private static bool IsHeading(string text) =>
        text.Length <= 90 && !EndsSentence(text) || text.Length <= 60 && text.ToUpperInvariant() == text && !text.EndsWith('.');

    private static bool IsRule(string text)
    {
        if (text.Length < 3) return false;
        foreach (var c in text) if (c is not ('-' or '=' or '_' or '*' or ' ')) return false;
        return true;
    }

    // A block after a blank line continues the sentence of the previous block: a split paragraph.
    private static bool SplitByBreak(StringBuilder text, string next)
    {
        if (text.Length == 0) return false;
        var last = text[^1];
        if (last is '.' or '?' or '!' or ':' or '"' or ')' or '\u201D' or '\'') return false;
        return next.Length > 0 && char.IsLower(next[0]);
    }

    private static string? FindSummary(List<Paragraph> paragraphs, List<BodyLine> kept)
    {
        for (var k = 0; k < paragraphs.Count && k < 4; k++)
        {
            var t = paragraphs[k].Text;
            var at = SummaryStart(t);
            if (at < 0) continue;
            var sb = new StringBuilder();
            for (var m = k; m < paragraphs.Count && m < k + 6; m++)
            {
                var piece = m == k ? paragraphs[m].Text[at..] : paragraphs[m].Text;
                var end = Words.IndexOfWord(piece, "END SUMMARY");
                if (sb.Length > 0) sb.Append(' ');
                if (end >= 0)
                {
                    sb.Append(piece.AsSpan(0, end).TrimEnd(" -(".AsSpan()));
                    return Words.Collapse(sb.ToString());
                }
                sb.Append(piece);
                if (m == k && Words.IndexOfWord(string.Join(' ', paragraphs.Skip(k + 1).Take(5).Select(p => p.Text)), "END SUMMARY") < 0)
                    return Words.Collapse(sb.ToString());
            }
            return Words.Collapse(sb.ToString());
        }
        // A summary written before the first numbered paragraph.
        var head = string.Join(' ', kept.TakeWhile(l => !Paragraphs.IsParagraphStart(l.Text)).Select(l => l.Text.Trim()));
        var s = SummaryStart(head);
        if (s < 0) return null;
        var e = Words.IndexOfWord(head[s..], "END SUMMARY");
        return Words.Collapse(e >= 0 ? head.AsSpan(s, e).TrimEnd(" -(".AsSpan()) : head.AsSpan(s));
    }

    private static int SummaryStart(string text)
    {
        var t = text.AsSpan().TrimStart();
        var offset = text.Length - t.Length;
        foreach (var marker in (ReadOnlySpan<string>)["BEGIN SUMMARY", "SUMMARY AND COMMENT", "SUMMARY AND ACTION REQUEST", "SUMMARY"])
        {
            if (!t.StartsWith(marker, StringComparison.OrdinalIgnoreCase)) continue;
            var i = marker.Length;
            if (i < t.Length && char.IsLetter(t[i])) continue;
            while (i < t.Length && t[i] is ' ' or ':' or '.' or '-') i++;
            return offset + i;
        }
        return -1;
    }
}
