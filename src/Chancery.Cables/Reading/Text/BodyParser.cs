using System.Buffers;
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
    // A kept line: its source line and the part of it that is text (a page header in front of it cut off).
    private readonly record struct BodyLine(SourceLine Source, int Offset, bool AfterPageBreak)
    {
        public ReadOnlySpan<char> Text => Source.Span[Offset..];
    }

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
        // The working lists are kept per thread: nothing returned refers to them.
        var kept = t_kept ?? [];
        var pieces = t_pieces ?? new ParagraphPieces();
        t_kept = null;
        t_pieces = null;
        try
        {
            Keep(lines, start, end, kept);
            var body = JoinBody(kept);
            var signatureAt = FindSignature(kept, blankLineRequired: !endsMessage, out var signature);
            var paragraphs = ReadParagraphs(kept, signatureAt, diagnostics, continuesNumbering, pieces);
            var summary = FindSummary(paragraphs, kept);
            return new BodyText(body, paragraphs, summary, signature);
        }
        finally
        {
            kept.Clear();
            pieces.Clear();
            if (kept.Capacity <= MaxKeptLines) t_kept = kept;
            t_pieces = pieces;
        }
    }

    private const int MaxKeptLines = 1 << 14;

    [ThreadStatic] private static List<BodyLine>? t_kept;

    [ThreadStatic] private static ParagraphPieces? t_pieces;

    [ThreadStatic] private static List<LazyText.Piece>? t_bodyPieces;

    private static void Keep(IReadOnlyList<SourceLine> lines, int start, int end, List<BodyLine> kept)
    {
        // Drop the transmission's ending: BT, #0038, NNNN and blank lines.
        while (end > start)
        {
            var t = lines[end - 1].Span.Trim();
            if (t.Length == 0 || t is "BT" || t.StartsWith("NNNN") || (t.Length <= 8 && t[0] == '#' && Words.IsDigits(t[1..])))
                end--;
            else break;
        }
        var pageBreak = false;
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            var text = line.Span;
            var offset = 0;
            if (PageHeader.TryMatch(text, out var length))
            {
                pageBreak = true;
                // a banner just before the header belongs to the page break too
                while (kept.Count > 0 && (kept[^1].Text.Length == 0 || TextHeaderParser.IsBannerLine(kept[^1].Text)))
                {
                    if (kept[^1].Text.Length > 0) { kept.RemoveAt(kept.Count - 1); break; }
                    kept.RemoveAt(kept.Count - 1);
                }
                offset = length + (text[length..].Length - text[length..].TrimStart().Length);
                if (offset == text.Length) continue;
            }
            else if (pageBreak && (text.Length == 0 || TextHeaderParser.IsBannerLine(text))) continue;
            kept.Add(new BodyLine(line, offset, pageBreak));
            pageBreak = false;
        }
        while (kept.Count > 0 && kept[^1].Text.Length == 0) kept.RemoveAt(kept.Count - 1);
    }

    // The body is the kept lines joined by line breaks: runs of lines that follow each other in the input make one
    // piece of it, built into a string when first read.
    private static LazyText JoinBody(List<BodyLine> kept)
    {
        if (kept.Count == 0) return LazyText.Of("");
        string? source = null;
        foreach (var line in kept)
        {
            if (line.Text.Length == 0) continue;
            if (!ReferenceEquals(line.Source.Source, source ??= line.Source.Source)) return LazyText.Of(JoinBodyNow(kept));
        }
        if (source is null) return LazyText.Of(new string('\n', kept.Count - 1));
        var pieces = t_bodyPieces ??= [];
        pieces.Clear();
        var end = -1; // where the last piece ends in the source while the next line may extend it
        for (var i = 0; i < kept.Count; i++)
        {
            var length = kept[i].Text.Length;
            var at = length > 0 ? kept[i].Source.Start + kept[i].Offset : 0;
            if (end >= 0 && NextLine(source, end, length > 0 ? at : -1) is var next and >= 0)
            {
                end = length > 0 ? at + length : next;
                pieces[^1] = pieces[^1] with { Length = end - pieces[^1].Start };
                continue;
            }
            pieces.Add(new LazyText.Piece(at, length, i == 0 ? LazyText.Joint.None : LazyText.Joint.Line));
            end = length > 0 ? at + length : -1;
        }
        return LazyText.Of(source, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(pieces), LazyText.Layout.Lines);
    }

    // After a line that ends at source[end], the next input line is white space up to one line break. Returns where
    // the next line starts, when that is at (a line with text), or where its white space ends, when at is -1 (a
    // blank line, which must hold nothing but white space); -1 when the next input line is not that line.
    private static int NextLine(string source, int end, int at)
    {
        var p = SkipSpace(source, end);
        if (p >= source.Length) return -1;
        if (source[p] == '\r') p += p + 1 < source.Length && source[p + 1] == '\n' ? 2 : 1;
        else if (source[p] == '\n') p++;
        else return -1;
        if (at >= 0) return p == at ? p : -1;
        p = SkipSpace(source, p);
        return p == source.Length || source[p] is '\r' or '\n' ? p : -1;
    }

    private static int SkipSpace(string source, int p)
    {
        while (p < source.Length && source[p] is not ('\r' or '\n') && char.IsWhiteSpace(source[p])) p++;
        return p;
    }

    // Lines that are not all pieces of one string (HTML, cleaned row dumps): the body is built at once.
    private static string JoinBodyNow(List<BodyLine> kept)
    {
        var length = kept.Count - 1;
        foreach (var line in kept) length += line.Text.Length;
        return string.Create(length, kept, static (dst, lines) =>
        {
            var at = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0) dst[at++] = '\n';
                lines[i].Text.CopyTo(dst[at..]);
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
        var before = last > 0 ? kept[last - 1].Text.TrimEnd() : default;
        if (blankLineRequired && before.Length > 0) return kept.Count;
        if (before.Length > 0 && !EndsSentence(before) && !LooksLikeSignature(before.Trim())) return kept.Count;
        if (Paragraphs.IsParagraphStart(kept[last].Text)) return kept.Count;
        signature = Words.Collapse(text);
        return last;
    }

    private static bool LooksLikeSignature(ReadOnlySpan<char> text)
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
        Span<char> buffer = stackalloc char[text.Length];
        text.ToUpperInvariant(buffer);
        ReadOnlySpan<char> upper = buffer;
        if (upper.StartsWith("END") || upper is "SIPDIS" or "NOFORN" or "BT" or "NNNN" or "UNCLASSIFIED" or "CONFIDENTIAL" or "SECRET"
            || upper.Contains("XXXXXX", StringComparison.Ordinal)) return false;
        if (text.EndsWith('.') && !(text.Length >= 2 && char.IsUpper(text[^2]) && (text.Length == 2 || text[^3] is ' ' or '.'))) return false;
        // Names are a few words.
        var words = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] != ' ' && (i == 0 || text[i - 1] == ' ')) words++;
        return words <= 4;
    }

    private static bool EndsSentence(ReadOnlySpan<char> text)
    {
        var t = text.TrimEnd();
        if (t.Length == 0) return true;
        return t[^1] is '.' or '?' or '!' or ':' or '"' or ')' or '\'' or '-' or '\u201D';
    }

    private static List<Paragraph> ReadParagraphs(List<BodyLine> kept, int end, DiagnosticBag diagnostics, bool continuesNumbering,
        ParagraphPieces reusable)
    {
        var result = new List<Paragraph>();
        int? previous = null;
        int? number = null;
        string? marking = null;
        ParagraphPieces? text = null;
        var pendingBlank = false;
        var pendingBreak = false;
        for (var i = 0; i < end; i++)
        {
            var line = kept[i];
            if (line.Text.IsWhiteSpace()) { pendingBlank = true; continue; }
            if (Paragraphs.TryRead(line.Text, out var start) && Accept(start, previous, continuesNumbering, out var actual))
            {
                Flush();
                if (actual != start.Number)
                    diagnostics.Info("CHN0302", line.Source, 0, $"Paragraph number {start.Number} read as {actual} (a paragraph sign was read as a digit).");
                else if (previous is { } p && actual != p + 1)
                    diagnostics.Info("CHN0301", line.Source, 0, $"Paragraph {actual} follows paragraph {p}.");
                previous = number = actual;
                var restAt = start.TextOffset;
                marking = PortionMark.TryRead(line.Text[restAt..], out var markLength);
                if (marking is not null) restAt += markLength;
                text = Builder();
                text.Append(LazyText.Joint.None, line, restAt);
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
                    text.Append(LazyText.Joint.None, line, length);
                    pendingBlank = pendingBreak = false;
                }
                else if (continuesNumbering && result.Count == 0 && i == FirstNonBlank(kept))
                {
                    number = null;
                    marking = null;
                    text = Builder();
                    text.Append(LazyText.Joint.None, line, 0);
                    pendingBlank = pendingBreak = false;
                }
                continue;
            }
            var trimmed = line.Text.Trim();
            if (IsRule(trimmed)) { pendingBlank = true; continue; }
            if ((pendingBlank || line.AfterPageBreak) && IsHeading(trimmed) && NextIsParagraph(kept, i + 1, end, previous))
            {
                pendingBlank = true;
                continue;
            }
            if (line.AfterPageBreak) pendingBreak = true;
            var joint = pendingBlank && !(pendingBreak || SplitByBreak(text, trimmed)) ? LazyText.Joint.Blank
                : text.HasText ? LazyText.Joint.Space : LazyText.Joint.None;
            text.Append(joint, line, 0);
            pendingBlank = pendingBreak = false;
        }
        Flush();
        return result;

        void Flush()
        {
            if (text is not null && (number is not null || marking is not null || continuesNumbering && result.Count == 0))
                result.Add(new Paragraph(number, marking, text.Build()));
            text = null;
        }

        ParagraphPieces Builder()
        {
            reusable.Clear();
            return reusable;
        }
    }

    /// <summary>
    /// A paragraph's text as it is read: the lines (each trimmed and its blanks collapsed when built) and what joins
    /// them, recorded as pieces of the input rather than copied.
    /// </summary>
    private sealed class ParagraphPieces
    {
        private readonly List<(string Source, LazyText.Piece Piece)> _pieces = [];

        /// <summary>True once the text built so far would hold a character.</summary>
        public bool HasText { get; private set; }

        /// <summary>The last character of the text built so far.</summary>
        public char Last { get; private set; }

        public void Clear()
        {
            _pieces.Clear();
            HasText = false;
            Last = '\0';
        }

        /// <summary>Adds <paramref name="joint"/> and the kept line's text from <paramref name="offset"/> on.</summary>
        public void Append(LazyText.Joint joint, BodyLine line, int offset)
        {
            switch (joint)
            {
                case LazyText.Joint.Space: HasText = true; Last = ' '; break;
                case LazyText.Joint.Line or LazyText.Joint.Blank: HasText = true; Last = '\n'; break;
            }
            var text = line.Text[offset..];
            var trimmed = text.Trim();
            if (!trimmed.IsEmpty)
            {
                HasText = true;
                Last = trimmed[^1];
            }
            var source = line.Source.Source;
            var at = line.Source.Start + line.Offset + offset;
            // A line that follows the previous piece in the input with nothing but white space between them extends
            // that piece: collapsing turns the white space into the one space the joint stands for.
            if (joint == LazyText.Joint.Space && !trimmed.IsEmpty && _pieces.Count > 0 && _pieces[^1] is var (lastSource, last)
                && ReferenceEquals(lastSource, source) && last.Length > 0 && !char.IsWhiteSpace(source[last.Start + last.Length - 1])
                && last.Start + last.Length < at && source.AsSpan(last.Start + last.Length, at - last.Start - last.Length).IsWhiteSpace())
            {
                _pieces[^1] = (source, last with { Length = at + text.Length - last.Start });
                return;
            }
            _pieces.Add((source, new LazyText.Piece(at, text.Length, joint)));
        }

        public LazyText Build()
        {
            string? source = null;
            if (_built.Length < _pieces.Count) _built = new LazyText.Piece[Math.Max(_pieces.Count, _built.Length * 2)];
            for (var i = 0; i < _pieces.Count; i++)
            {
                var (s, piece) = _pieces[i];
                if (piece.Length > 0 && !ReferenceEquals(s, source ??= s)) return LazyText.Of(BuildNow());
                _built[i] = piece.Length > 0 ? piece : piece with { Start = 0 };
            }
            return LazyText.Of(source ?? "", _built.AsSpan(0, _pieces.Count), collapse: true);
        }

        // The pieces of one source, handed to LazyText (which copies them).
        private LazyText.Piece[] _built = new LazyText.Piece[16];

        // Pieces of several strings (HTML, cleaned row dumps): the text is built at once.
        private string BuildNow()
        {
            var sb = new StringBuilder();
            foreach (var (source, piece) in _pieces)
            {
                sb.Append(piece.Before switch { LazyText.Joint.Space => " ", LazyText.Joint.Line => "\n", LazyText.Joint.Blank => "\n\n", _ => "" });
                Words.AppendCollapsed(sb, source.AsSpan(piece.Start, piece.Length));
            }
            return Trimmed(sb);
        }
    }

    private static int FirstNonBlank(List<BodyLine> kept)
    {
        for (var i = 0; i < kept.Count; i++) if (!kept[i].Text.IsWhiteSpace()) return i;
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
            var t = kept[i].Text.Trim();
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
    private static bool SplitByBreak(ParagraphPieces text, ReadOnlySpan<char> next)
    {
        if (!text.HasText) return false;
        var last = text.Last;
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
            var at = SummaryStart(paragraphs[k].Lazy);
            if (at < 0) continue;
            var last = Math.Min(paragraphs.Count, k + SummaryMaxParagraphs);
            return SummaryFrom(paragraphs, k, at, last);
        }
        // A summary written before the first numbered paragraph: the head lines start with its marker. The first
        // non-blank line decides when it is longer than any marker.
        for (var i = 0; i < kept.Count && i < SummaryHeadLines && !Paragraphs.IsParagraphStart(kept[i].Text); i++)
        {
            var first = kept[i].Text.Trim();
            if (first.IsEmpty) continue;
            if (first.Length > LongestSummaryMarker && SummaryStart(first) < 0) return null;
            break;
        }
        var head = new StringBuilder();
        for (var i = 0; i < kept.Count && i < SummaryHeadLines && !Paragraphs.IsParagraphStart(kept[i].Text); i++)
            head.Append(kept[i].Text.Trim()).Append(' ');
        var text = head.ToString();
        var s = SummaryStart(text);
        if (s < 0) return null;
        var end = Words.IndexOfWord(text, "END SUMMARY", s);
        return Words.Collapse(end >= 0 ? text.AsSpan(s, end - s).TrimEnd(" -(".AsSpan()) : text.AsSpan(s));
    }

    // The summary that starts at paragraphs[k] offset at and runs to END SUMMARY within paragraphs[k..last), or to
    // the end of paragraph k. The paragraphs are written into pooled buffers, not built into strings.
    private static string SummaryFrom(List<Paragraph> paragraphs, int k, int at, int last)
    {
        var rented = new char[]?[last - k];
        try
        {
            var endParagraph = -1;
            var endAt = -1;
            var length = 0;
            for (var m = k; m < last && endParagraph < 0; m++)
            {
                var text = paragraphs[m].Lazy.Render(out rented[m - k]);
                length += text.Length + 1;
                var e = Words.IndexOfWord(text, "END SUMMARY", m == k ? at : 0);
                if (e >= 0) { endParagraph = m; endAt = e; }
            }
            var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, length));
            try
            {
                var n = 0;
                if (endParagraph < 0)
                {
                    var text = paragraphs[k].Lazy.Render(out var again);
                    text[Math.Min(at, text.Length)..].CopyTo(buffer);
                    n = text.Length - Math.Min(at, text.Length);
                    if (again is not null) ArrayPool<char>.Shared.Return(again);
                }
                else
                {
                    for (var m = k; m <= endParagraph; m++)
                    {
                        var text = paragraphs[m].Lazy.Render(out var again);
                        var from = m == k ? at : 0;
                        var to = m == endParagraph ? endAt : text.Length;
                        if (n > 0) buffer[n++] = ' ';
                        var part = text.Slice(from, Math.Max(0, to - from));
                        part.CopyTo(buffer.AsSpan(n));
                        n += part.Length;
                        if (again is not null) ArrayPool<char>.Shared.Return(again);
                    }
                    while (n > 0 && buffer[n - 1] is ' ' or '-' or '(') n--;
                }
                return Words.Collapse(buffer.AsSpan(0, n));
            }
            finally
            {
                ArrayPool<char>.Shared.Return(buffer);
            }
        }
        finally
        {
            foreach (var r in rented) if (r is not null) ArrayPool<char>.Shared.Return(r);
        }
    }

    private const int LongestSummaryMarker = 26;

    // Looks at the start of a paragraph without building its text, unless the start is too short to tell.
    private static int SummaryStart(LazyText text)
    {
        Span<char> buffer = stackalloc char[128];
        var head = text.Head(buffer, out var whole);
        var at = SummaryStart(head);
        if (whole || (at < 0 ? head.Length > 40 : at < head.Length)) return at;
        return SummaryStart(text.Value);
    }

    private static int SummaryStart(ReadOnlySpan<char> text)
    {
        var t = text.TrimStart();
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
