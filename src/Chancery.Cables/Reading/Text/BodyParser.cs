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
    /// <param name="lines">The cable's lines.</param>
    /// <param name="start">The first body line.</param>
    /// <param name="end">One past the last body line.</param>
    /// <param name="diagnostics">Where findings go.</param>
    /// <param name="continuesNumbering">True for a later section of a message: its first paragraph may carry any number,
    /// and text before it continues the previous section's last paragraph.</param>
    /// <param name="endsMessage">False for a section that is not the last: a signature there must stand apart
    /// after a blank line (archive copies hold a whole message under its first section's label), never
    /// straight under a paragraph line, which a section break may have cut short.</param>
    public static BodyText Parse(IReadOnlyList<SourceLine> lines, int start, int end, DiagnosticBag diagnostics,
        bool continuesNumbering = false, bool endsMessage = true)
    {
        var kept = Keep(lines, start, end);
        var body = JoinBody(kept);
        var signatureAt = FindSignature(kept, blankLineRequired: !endsMessage, out var signature);
        var paragraphs = ReadParagraphs(kept, signatureAt, diagnostics, continuesNumbering);
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
        if (kept.Count == 0) return "";
        var length = kept.Count - 1;
        foreach (var line in kept) length += line.Text.Length;
        return string.Create(length, kept, static (dst, lines) =>
        {
            var at = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0) dst[at++] = '\n';
                lines[i].Text.AsSpan().CopyTo(dst[at..]);
                at += lines[i].Text.Length;
            }
        });
    }

    private static int FindSignature(List<BodyLine> kept, bool blankLineRequired, out string? signature)
    {
        signature = null;
        var last = kept.Count - 1;
        if (last < 0) return kept.Count;
        var text = kept[last].Text.Trim();
        if (!LooksLikeSignature(text)) return kept.Count;
        var before = last > 0 ? kept[last - 1].Text.TrimEnd() : "";
        if (blankLineRequired && before.Length > 0) return kept.Count;
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

    private static bool EndsSentence(ReadOnlySpan<char> text)
    {
        var t = text.TrimEnd();
        if (t.Length == 0) return true;
        return t[^1] is '.' or '?' or '!' or ':' or '"' or ')' or '\'' or '-' or '\u201D';
    }

    private static List<Paragraph> ReadParagraphs(List<BodyLine> kept, int end, DiagnosticBag diagnostics, bool continuesNumbering)
    {
        var result = new List<Paragraph>();
        var reusable = new StringBuilder(256);
        int? previous = null;
        int? number = null;
        string? marking = null;
        StringBuilder? text = null;
        var pendingBlank = false;
        var pendingBreak = false;
        for (var i = 0; i < end; i++)
        {
            var line = kept[i];
            if (line.Text.AsSpan().IsWhiteSpace()) { pendingBlank = true; continue; }
            if (Paragraphs.TryRead(line.Text, out var start) && Accept(start, previous, continuesNumbering, out var actual))
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
                text = Builder();
                Words.AppendCollapsed(text, rest);
                pendingBlank = pendingBreak = false;
                continue;
            }
            if (text is null)
            {
                // Text before any numbered paragraph: the rest of the previous section's last paragraph, or
                // a paragraph that carries a portion mark but no number.
                var opensBlock = pendingBlank || i == 0;
                var length = 0;
                var mark = opensBlock ? PortionMark.TryRead(line.Text, out length) : null;
                if (mark is not null && length < line.Text.Length && char.IsLetterOrDigit(line.Text[length]))
                {
                    number = null;
                    marking = mark;
                    text = Builder();
                    Words.AppendCollapsed(text, line.Text.AsSpan(length));
                    pendingBlank = pendingBreak = false;
                }
                else if (continuesNumbering && result.Count == 0 && i == FirstNonBlank(kept))
                {
                    number = null;
                    marking = null;
                    text = Builder();
                    Words.AppendCollapsed(text, line.Text);
                    pendingBlank = pendingBreak = false;
                }
                continue;
            }
            var trimmed = line.Text.AsSpan().Trim();
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
            Words.AppendCollapsed(text, trimmed);
            pendingBlank = pendingBreak = false;
        }
        Flush();
        return result;

        void Flush()
        {
            if (text is not null && (number is not null || marking is not null || continuesNumbering && result.Count == 0))
                result.Add(new Paragraph(number, marking, Trimmed(text)));
            text = null;
        }

        StringBuilder Builder()
        {
            reusable.Clear();
            return reusable;
        }
    }

    private static int FirstNonBlank(List<BodyLine> kept)
    {
        for (var i = 0; i < kept.Count; i++) if (!kept[i].Text.AsSpan().IsWhiteSpace()) return i;
        return -1;
    }

    private static string Trimmed(StringBuilder sb)
    {
        var start = 0;
        var end = sb.Length;
        while (start < end && char.IsWhiteSpace(sb[start])) start++;
        while (end > start && char.IsWhiteSpace(sb[end - 1])) end--;
        return sb.ToString(start, end - start);
    }

    private const int HighestFirstParagraph = 40;

    private static bool Accept(Paragraphs.Start start, int? previous, bool continuesNumbering, out int actual)
    {
        actual = start.Number;
        if (previous is not { } p) return start.Number <= HighestFirstParagraph || start.Pilcrow || continuesNumbering;
        var expected = p + 1;
        if (start.Number == expected) return true;
        if (!start.Pilcrow && start.Number >= 10 && start.Number.ToString() == "1" + expected.ToString()) { actual = expected; return true; }
        if (start.Number > expected && start.Number <= expected + 3) return true;
        if (start.Pilcrow && start.Number > expected && start.Number <= expected + 10) return true;
        return false;
    }

    private static bool NextIsParagraph(List<BodyLine> kept, int from, int end, int? previous)
    {
        for (var i = from; i < end; i++)
        {
            var t = kept[i].Text.AsSpan().Trim();
            if (t.IsEmpty || IsRule(t)) continue;
            return Paragraphs.TryRead(kept[i].Text, out var s) && Accept(s, previous, continuesNumbering: false, out _);
        }
        return true;
    }

    private static bool IsHeading(ReadOnlySpan<char> text) =>
        text.Length <= 90 && !EndsSentence(text) || text.Length <= 60 && !HasLowerCase(text) && !text.EndsWith('.');

    private static bool HasLowerCase(ReadOnlySpan<char> text)
    {
        foreach (var c in text) if (char.IsLower(c)) return true;
        return false;
    }

    private static bool IsRule(ReadOnlySpan<char> text)
    {
        if (text.Length < 3) return false;
        foreach (var c in text) if (c is not ('-' or '=' or '_' or '*' or ' ')) return false;
        return true;
    }

    // A block after a blank line continues the sentence of the previous block: a split paragraph.
    private static bool SplitByBreak(StringBuilder text, ReadOnlySpan<char> next)
    {
        if (text.Length == 0) return false;
        var last = text[^1];
        if (last is '.' or '?' or '!' or ':' or '"' or ')' or '\u201D' or '\'') return false;
        return next.Length > 0 && char.IsLower(next[0]);
    }

    private const int SummarySearchParagraphs = 4;
    private const int SummaryMaxParagraphs = 6;
    private const int SummaryHeadLines = 40;

    private static string? FindSummary(List<Paragraph> paragraphs, List<BodyLine> kept)
    {
        for (var k = 0; k < paragraphs.Count && k < SummarySearchParagraphs; k++)
        {
            var at = SummaryStart(paragraphs[k].Text);
            if (at < 0) continue;
            var last = Math.Min(paragraphs.Count, k + SummaryMaxParagraphs);
            var endParagraph = -1;
            var endAt = -1;
            for (var m = k; m < last && endParagraph < 0; m++)
            {
                var e = Words.IndexOfWord(paragraphs[m].Text, "END SUMMARY", m == k ? at : 0);
                if (e >= 0) { endParagraph = m; endAt = e; }
            }
            var sb = new StringBuilder();
            if (endParagraph < 0)
            {
                sb.Append(paragraphs[k].Text.AsSpan(at));
            }
            else
            {
                for (var m = k; m <= endParagraph; m++)
                {
                    var from = m == k ? at : 0;
                    var to = m == endParagraph ? endAt : paragraphs[m].Text.Length;
                    if (sb.Length > 0) sb.Append(' ');
                    sb.Append(paragraphs[m].Text.AsSpan(from, Math.Max(0, to - from)));
                }
                while (sb.Length > 0 && sb[^1] is ' ' or '-' or '(') sb.Length--;
            }
            return Words.Collapse(sb.ToString());
        }
        // A summary written before the first numbered paragraph.
        var head = new StringBuilder();
        for (var i = 0; i < kept.Count && i < SummaryHeadLines && !Paragraphs.IsParagraphStart(kept[i].Text); i++)
            head.Append(kept[i].Text.AsSpan().Trim()).Append(' ');
        var text = head.ToString();
        var s = SummaryStart(text);
        if (s < 0) return null;
        var end = Words.IndexOfWord(text, "END SUMMARY", s);
        return Words.Collapse(end >= 0 ? text.AsSpan(s, end - s).TrimEnd(" -(".AsSpan()) : text.AsSpan(s));
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
