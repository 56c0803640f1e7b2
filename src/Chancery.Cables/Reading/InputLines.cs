namespace Chancery.Cables.Reading;

/// <summary>
/// Turns raw input into <see cref="SourceLine"/>s: HTML pages lose their markup (only the text of
/// <c>&lt;pre&gt;</c> boxes is kept when there are any), line endings of every kind are accepted, and
/// trailing white space is dropped. Line numbers always refer to the original input. Plain lines are ranges
/// of the input; only lines that need their characters changed get strings of their own.
/// </summary>
internal static class InputLines
{
    /// <summary>Splits <paramref name="text"/> into lines, stripping HTML when the text is a page.</summary>
    public static List<SourceLine> Split(string text) => Split(text, new List<SourceLine>(Math.Max(16, text.Length / 48)));

    /// <summary>Splits <paramref name="text"/> into <paramref name="lines"/> (cleared first) and returns it.</summary>
    public static List<SourceLine> Split(string text, List<SourceLine> lines)
    {
        lines.Clear();
        if (HtmlText.LooksLikeHtml(text))
        {
            lines.AddRange(HtmlText.ToLines(text));
            return lines;
        }
        foreach (var line in Plain(text)) lines.Add(line);
        if (RowDumpLines.MayContain(text)) RowDumpLines.Clean(lines);
        if (text.Contains(CableDatedLines.Stamp, StringComparison.Ordinal)) CableDatedLines.Expand(lines);
        return lines;
    }

    /// <summary>The lines of a text that is not an HTML page, in order, made as they are enumerated.</summary>
    public static PlainLines Plain(string text) => new(text);

    /// <summary>Enumerates the lines of a plain text without holding them: every line ending is accepted.</summary>
    public struct PlainLines(string text)
    {
        private int _start;
        private int _number;
        private bool _done;

        /// <summary>The line just made.</summary>
        public SourceLine Current { get; private set; }

        /// <summary>Itself, so it can be used in <c>foreach</c>.</summary>
        public readonly PlainLines GetEnumerator() => this;

        /// <summary>Makes the next line; false after the last.</summary>
        public bool MoveNext()
        {
            if (_done) return false;
            var rest = text.AsSpan(_start);
            var eol = rest.IndexOfAny('\n', '\r');
            var length = eol < 0 ? rest.Length : eol;
            Current = Make(++_number, 1, text, _start, length);
            if (eol < 0)
            {
                _done = true;
                return true;
            }
            _start += length + 1;
            if (rest[length] == '\r' && _start < text.Length && text[_start] == '\n') _start++;
            return true;
        }
    }

    /// <summary>Makes a line of source[start..start+length), trimming trailing white space and replacing control characters with spaces.</summary>
    internal static SourceLine Make(int number, int column, string source, int start, int length)
    {
        var trimmed = source.AsSpan(start, length).TrimEnd();
        if (trimmed.IsEmpty) return new SourceLine(number, column, "");
        if (IsClean(trimmed)) return new SourceLine(number, column, source, start, trimmed.Length);
        return new SourceLine(number, column, Cleaned(trimmed));
    }

    /// <summary>Makes a line of <paramref name="raw"/>, trimming trailing white space and replacing control characters with spaces.</summary>
    internal static SourceLine Make(int number, int column, ReadOnlySpan<char> raw)
    {
        var trimmed = raw.TrimEnd();
        if (trimmed.IsEmpty) return new SourceLine(number, column, "");
        return new SourceLine(number, column, IsClean(trimmed) ? trimmed.ToString() : Cleaned(trimmed));
    }

    private static bool IsClean(ReadOnlySpan<char> text) =>
        text.IndexOfAnyInRange('\0', '\u0008') < 0 && text.IndexOfAnyInRange('\u000B', '\u001F') < 0 && !text.Contains('\u00A0');

    private static string Cleaned(ReadOnlySpan<char> text) => string.Create(text.Length, text, static (dst, src) =>
    {
        for (var i = 0; i < src.Length; i++)
        {
            var c = src[i];
            dst[i] = c < ' ' || c == '\u00A0' ? ' ' : c;
        }
    });
}
