namespace Chancery.Cables.Reading;

/// <summary>
/// Turns raw input into <see cref="SourceLine"/>s: HTML pages lose their markup (only the text of
/// <c>&lt;pre&gt;</c> boxes is kept when there are any), line endings of every kind are accepted, and
/// trailing white space is dropped. Line numbers always refer to the original input.
/// </summary>
internal static class InputLines
{
    /// <summary>Splits <paramref name="text"/> into lines, stripping HTML when the text is a page.</summary>
    public static List<SourceLine> Split(string text)
    {
        if (HtmlText.LooksLikeHtml(text)) return HtmlText.ToLines(text);
        var lines = new List<SourceLine>(Math.Max(16, text.Length / 48));
        var number = 1;
        var start = 0;
        var span = text.AsSpan();
        while (start <= span.Length)
        {
            var rest = span[start..];
            var eol = rest.IndexOfAny('\n', '\r');
            var length = eol < 0 ? rest.Length : eol;
            lines.Add(Make(number, 1, rest[..length]));
            if (eol < 0) break;
            start += length + 1;
            if (rest[length] == '\r' && start < span.Length && span[start] == '\n') start++;
            number++;
        }
        if (RowDumpLines.MayContain(text)) RowDumpLines.Clean(lines);
        if (text.Contains(CableDatedLines.Stamp, StringComparison.Ordinal)) CableDatedLines.Expand(lines);
        return lines;
    }

    /// <summary>Makes a line, trimming trailing white space and replacing control characters with spaces.</summary>
    internal static SourceLine Make(int number, int column, ReadOnlySpan<char> raw)
    {
        var trimmed = raw.TrimEnd();
        if (trimmed.IsEmpty) return new SourceLine(number, column, "");
        if (trimmed.IndexOfAnyInRange('\0', '\u0008') < 0 && trimmed.IndexOfAnyInRange('\u000B', '\u001F') < 0
            && !trimmed.Contains('\u00A0'))
            return new SourceLine(number, column, trimmed.ToString());
        return new SourceLine(number, column, string.Create(trimmed.Length, trimmed, static (dst, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                var c = src[i];
                dst[i] = c < ' ' || c == '\u00A0' ? ' ' : c;
            }
        }));
    }
}
