namespace Chancery.Cables.Reading.Text;

/// <summary>
/// Reads the text header: the classification line, captions, FOR lines, E.O., Classified By, TAGS,
/// SUBJECT and REF, in whatever order and layout the cable has them, and finds where the body starts.
/// </summary>
/// <remarks>
/// Diagnostic codes: CHN0201 no classification line; CHN0202 classification line without message number;
/// CHN0203 header construct with an empty value.
/// </remarks>
internal static class TextHeaderParser
{
    private const int LookAheadForClassification = 8;

    /// <summary>Parses from <paramref name="start"/>; never throws.</summary>
    public static TextHeader Parse(IReadOnlyList<SourceLine> lines, int start, DiagnosticBag diagnostics)
    {
        var header = new TextHeader { BodyStart = lines.Count };
        var i = FindClassificationLine(lines, start, header, diagnostics);
        var current = HeaderKind.None;
        var blankSinceCurrent = false;
        var sawKeyword = false;
        var linesWithoutKeyword = 0;
        var glued = header.ClassificationLine?.Rest is { Length: > 0 } r ? r : null;
        if (glued is not null) i--;
        var hits = new List<HeaderKeyword.Hit>(4);
        for (; i < lines.Count; i++)
        {
            var line = lines[Math.Max(i, 0)];
            if (glued is not null)
            {
                line = new SourceLine(line.Number, line.Column, glued);
                glued = null;
            }
            if (line.IsBlank)
            {
                blankSinceCurrent = true;
                continue;
            }
            var raw = line.Span;
            if (raw.Trim() is "BT" || raw.StartsWith("NNNN", StringComparison.Ordinal))
            {
                // The end of the transmission: a cable with no body.
                header.BodyStart = i;
                return header;
            }
            if (PageHeader.TryMatch(raw, out var pageLength))
            {
                if (raw[pageLength..].IsWhiteSpace()) continue;
                raw = raw[pageLength..];
            }
            if (IsBannerLine(raw)) continue;
            // Another classification line with a message number: a second copy of the text starts here.
            if (Paragraphs.IsParagraphStart(raw) || ClassificationLine.TryParse(raw) is { Serial: not null })
            {
                header.BodyStart = i;
                return header;
            }
            var text = Words.StripPilcrow(raw);
            HeaderKeyword.Find(text, hits);
            var leadEnd = hits.Count > 0 ? hits[0].Start : text.Length;
            var leadSpan = text[..leadEnd].Trim();
            if (leadSpan.Length > 0)
            {
                var lead = leadSpan.ToString();
                if (ContinuesCurrent(current, blankSinceCurrent, lead, header))
                    Append(header, current, lead);
                else if (Text.Captions.TryReadLine(lead, out var forRest) is { } captions)
                {
                    foreach (var c in captions) header.AddCaption(c);
                    if (forRest is not null) header.ForLines.Add(forRest);
                    current = HeaderKind.None;
                }
                else if (!sawKeyword && linesWithoutKeyword < 12 && (LooksLikeForLine(lead, header) || KeywordFollows(lines, i + 1)))
                {
                    var forLine = TakeEdgeCaptions(Words.Collapse(lead), header);
                    if (forLine.Length > 0) header.ForLines.Add(forLine);
                    linesWithoutKeyword++;
                    current = HeaderKind.None;
                }
                else if (sawKeyword && hits.Count == 0 && KeywordFollows(lines, i + 1, NearKeywordLines, any: true))
                {
                    if (current != HeaderKind.None) Append(header, current, lead);
                }
                else if (sawKeyword || hits.Count == 0)
                {
                    header.BodyStart = i;
                    return header;
                }
            }
            for (var k = 0; k < hits.Count; k++)
            {
                var hit = hits[k];
                var end = k + 1 < hits.Count ? hits[k + 1].Start : text.Length;
                var value = text[hit.ValueStart..Math.Max(hit.ValueStart, end)].Trim().ToString();
                Open(header, hit.Kind, value, line, hit.Start, diagnostics);
                current = hit.Kind;
                sawKeyword = true;
            }
            if (hits.Count > 0) blankSinceCurrent = false;
        }
        header.BodyStart = lines.Count;
        return header;
    }

    private static int FindClassificationLine(IReadOnlyList<SourceLine> lines, int start, TextHeader header, DiagnosticBag diagnostics)
    {
        var seen = 0;
        for (var i = start; i < lines.Count && seen < LookAheadForClassification; i++)
        {
            if (lines[i].IsBlank) continue;
            seen++;
            if (ClassificationLine.TryParse(lines[i].Span) is not { } cl)
            {
                if (HasKeyword(lines[i].Span)) break;
                continue;
            }
            // A bare banner (SECRET, CONFIDENTIAL PTQ1859) may stand before the real classification line.
            if (cl.Serial is null && FindNumberedLine(lines, i + 1) is { } better)
                (i, cl) = better;
            header.ClassificationLine = cl;
            foreach (var c in cl.Captions) header.AddCaption(c);
            if (cl.Serial is null)
                diagnostics.Info("CHN0202", lines[i], 0, "The classification line carries no message number.");
            return i + 1;
        }
        var at = start < lines.Count ? lines[start] : new SourceLine(lines.Count > 0 ? lines[^1].Number : 1, 1, "");
        diagnostics.Warn("CHN0201", at, 0, "No classification line was found at the start of the text.");
        return start;
    }

    private const int BannerLookAhead = 60;

    private static (int, ClassificationLine)? FindNumberedLine(IReadOnlyList<SourceLine> lines, int from)
    {
        for (var i = from; i < lines.Count && i < from + BannerLookAhead; i++)
        {
            if (Paragraphs.IsParagraphStart(lines[i].Span)) return null;
            if (ClassificationLine.TryParse(lines[i].Span) is { Serial: not null } cl) return (i, cl);
        }
        return null;
    }

    private const int KeywordLookAhead = 25;

    // The look-ahead helpers finish with their hits before anything else looks for keywords: one list per thread will do.
    [ThreadStatic] private static List<HeaderKeyword.Hit>? t_lookaheadHits;

    private static List<HeaderKeyword.Hit> LookaheadHits() => t_lookaheadHits ??= new List<HeaderKeyword.Hit>(4);

    private static bool HasKeyword(ReadOnlySpan<char> line)
    {
        var hits = LookaheadHits();
        HeaderKeyword.Find(Words.StripPilcrow(line), hits);
        return hits.Count > 0;
    }

    // Before the first keyword, an unknown line is still header (ALDAC, a FOR line cut by the archive)
    // when an E.O., TAGS or SUBJECT line follows before any paragraph.
    private const int NearKeywordLines = 2;

    private static bool KeywordFollows(IReadOnlyList<SourceLine> lines, int from, int nonBlankLines = KeywordLookAhead, bool any = false)
    {
        var seen = 0;
        for (var i = from; i < lines.Count && seen < nonBlankLines; i++)
        {
            if (lines[i].IsBlank) continue;
            seen++;
            if (Paragraphs.IsParagraphStart(lines[i].Span)) return false;
            var hits = LookaheadHits();
            HeaderKeyword.Find(Words.StripPilcrow(lines[i].Span), hits);
            foreach (var hit in hits)
                if (hit.Start == 0 && (any || hit.Kind is HeaderKind.ExecutiveOrder or HeaderKind.Tags or HeaderKind.Subject)) return true;
        }
        return false;
    }

    // Archive copies join caption lines onto FOR lines: "SENSITIVE EEB FOR X", "DOL FOR Y SENSITIVE SIPDIS".
    // The line's words are separated by single spaces (it is collapsed); what is left between the captions is returned.
    private static string TakeEdgeCaptions(string line, TextHeader header)
    {
        var text = line.AsSpan();
        var start = 0;
        while (start < text.Length && Text.Captions.TryNormalize(WordAt(text, start, out var next).Trim(",;."), out var c))
        {
            header.AddCaption(c);
            start = next;
        }
        // Captions at the end are added in their order, after the words between them are known.
        var end = text.Length;
        while (end > start)
        {
            var from = text[..end].LastIndexOf(' ') + 1;
            if (from < start || !Text.Captions.TryNormalize(text[from..end].Trim(",;."), out _)) break;
            end = Math.Max(from - 1, 0);
        }
        for (var at = end == 0 ? 0 : end + 1; at < text.Length && end < text.Length;)
        {
            if (Text.Captions.TryNormalize(WordAt(text, at, out var next).Trim(",;."), out var c)) header.AddCaption(c);
            at = next;
        }
        if (start == 0 && end == text.Length) return line;
        return start >= end ? "" : line[start..end].TrimEnd(' ');
    }

    // The word at a word start, and the start of the word after it.
    private static ReadOnlySpan<char> WordAt(ReadOnlySpan<char> text, int at, out int next)
    {
        var space = text[at..].IndexOf(' ');
        var end = space < 0 ? text.Length : at + space;
        next = space < 0 ? text.Length : end + 1;
        return text[at..end];
    }

    private static bool ContinuesCurrent(HeaderKind current, bool blankSinceCurrent, string lead, TextHeader header)
    {
        switch (current)
        {
            case HeaderKind.Subject:
            case HeaderKind.ClassifiedBy:
            case HeaderKind.ExecutiveOrder:
                return !blankSinceCurrent;
            case HeaderKind.Tags:
                return !blankSinceCurrent && TagsText.LooksLikeContinuation(lead);
            case HeaderKind.References:
                return !blankSinceCurrent || StartsWithLabel(lead, header.NextReferenceLabel);
            default:
                return false;
        }
    }

    // After a blank line, REF goes on only with the next bullet of its list: "(C)" after A and B, never a
    // portion-marked paragraph after an unlettered reference.
    private static bool StartsWithLabel(string text, char? expected)
    {
        if (expected is not { } letter) return false;
        var s = text.AsSpan().TrimStart();
        if (s.Length >= 3 && s[0] == '(' && char.ToUpperInvariant(s[1]) == letter && s[2] == ')') return true;
        return s.Length >= 3 && char.ToUpperInvariant(s[0]) == letter && s[1] is ')' or '.' && s[2] == ' ';
    }

    private static bool LooksLikeForLine(string lead, TextHeader header)
    {
        if (lead.Length > 160) return false;
        var upper = lead.ToUpperInvariant();
        if (upper.StartsWith("FOR ") || upper.Contains(" FOR ") || upper.Contains("PASS") || upper.StartsWith("ALSO FOR")) return true;
        // A wrapped FOR line continues on the next line.
        return header.ForLines.Count > 0 || header.Tags.Count == 0 && !header.Has(HeaderKind.Subject) && upper.Contains('/');
    }

    private static void Open(TextHeader header, HeaderKind kind, string value, SourceLine line, int offset, DiagnosticBag diagnostics)
    {
        switch (kind)
        {
            case HeaderKind.ExecutiveOrder:
            case HeaderKind.Subject:
                // The first E.O. and SUBJECT count; a later keyword of the same kind is text that mentions it.
                if (!header.Has(kind)) header.Add(kind, value);
                break;
            case HeaderKind.Tags:
                TagsText.Parse(value, header.Tags);
                if (value.Length == 0) diagnostics.Info("CHN0203", line, offset, "TAGS line without tags.");
                break;
            default:
                header.Add(kind, value);
                break;
        }
    }

    private static void Append(TextHeader header, HeaderKind kind, string text)
    {
        if (kind == HeaderKind.Tags) TagsText.Parse(text, header.Tags);
        else if (kind != HeaderKind.None) header.Add(kind, text);
    }

    /// <summary>A line holding only a classification word: the banner 1970s printouts repeat on every page.</summary>
    internal static bool IsBannerLine(ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        return t is "UNCLASSIFIED" or "CONFIDENTIAL" or "SECRET" or "LIMITED OFFICIAL USE" or "TOP SECRET";
    }
}
