namespace Chancery.Cables.Rules;

/// <summary>
/// Finds where things are in a cable's text, for the positions of findings. Lines are indexed on first use
/// only, so a clean cable costs nothing here. Every answer is null when the text is not given or the thing
/// is not found.
/// </summary>
internal sealed class TextLocator(string? text)
{
    private static readonly string[] s_classificationWords =
    [
        "UNCLASSIFIED", "UNCLAS", "LIMITED OFFICIAL USE", "CONFIDENTIAL", "C O N F I D E N T I A L",
        "SECRET", "S E C R E T", "TOP SECRET", "T O P S E C R E T",
    ];

    private int[]? _lineStarts;

    /// <summary>The first line whose text (after leading spaces) starts with <paramref name="prefix"/> as a whole word.</summary>
    public TextPosition? LineStartingWith(string prefix) => LineStartingWithAny([prefix]);

    /// <summary>The first line whose text starts with any of <paramref name="prefixes"/> as a whole word.</summary>
    public TextPosition? LineStartingWithAny(ReadOnlySpan<string> prefixes)
    {
        if (text is null) return null;
        var starts = LineStarts();
        for (var line = 0; line < starts.Length; line++)
        {
            var content = LineText(line);
            var indent = content.Length - content.TrimStart().Length;
            var rest = content[indent..];
            foreach (var prefix in prefixes)
                if (rest.StartsWith(prefix, StringComparison.Ordinal) && EndsWord(rest, prefix.Length))
                    return new TextPosition(line + 1, indent + 1);
        }
        return null;
    }

    /// <summary>The classification line (<c>UNCLAS</c>, <c>C O N F I D E N T I A L</c> ...).</summary>
    public TextPosition? ClassificationLine() => LineStartingWithAny(s_classificationWords);

    /// <summary>
    /// The <paramref name="occurrence"/>-th place (from 1) where <paramref name="needle"/> occurs, optionally
    /// only as a whole word.
    /// </summary>
    public TextPosition? Find(string needle, bool wholeWord = false, int occurrence = 1)
    {
        if (text is null || needle.Length == 0) return null;
        var from = 0;
        while (from <= text.Length - needle.Length)
        {
            var index = text.IndexOf(needle, from, StringComparison.Ordinal);
            if (index < 0) break;
            from = index + 1;
            if (wholeWord && (!StartsWord(text, index) || !EndsWord(text, index + needle.Length))) continue;
            if (--occurrence == 0) return At(index);
        }
        return null;
    }

    /// <summary>Where <paramref name="needle"/> occurs as a whole word on the line of <paramref name="at"/>, else <paramref name="at"/>.</summary>
    public TextPosition? FindOnLine(TextPosition? at, string needle)
    {
        if (text is null || at is not { } line || line.Line > LineStarts().Length || needle.Length == 0) return at;
        var content = LineText(line.Line - 1);
        for (var from = 0; from <= content.Length - needle.Length;)
        {
            var index = content[from..].IndexOf(needle, StringComparison.Ordinal);
            if (index < 0) break;
            index += from;
            if (StartsWord(content, index) && EndsWord(content, index + needle.Length)) return new TextPosition(line.Line, index + 1);
            from = index + 1;
        }
        return line;
    }

    private TextPosition At(int offset)
    {
        var starts = LineStarts();
        var line = Array.BinarySearch(starts, offset);
        if (line < 0) line = ~line - 1;
        return new TextPosition(line + 1, offset - starts[line] + 1);
    }

    private ReadOnlySpan<char> LineText(int line)
    {
        var starts = LineStarts();
        var start = starts[line];
        var end = line + 1 < starts.Length ? starts[line + 1] : text!.Length;
        var span = text.AsSpan(start, end - start);
        return span.TrimEnd("\r\n");
    }

    private int[] LineStarts()
    {
        if (_lineStarts is not null) return _lineStarts;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text!.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            if (text[i] is '\n' or '\r') starts.Add(i + 1);
        }
        return _lineStarts = [.. starts];
    }

    private static bool StartsWord(ReadOnlySpan<char> s, int index) => index == 0 || !char.IsLetterOrDigit(s[index - 1]);

    private static bool EndsWord(ReadOnlySpan<char> s, int end) => end >= s.Length || !char.IsLetterOrDigit(s[end]);
}
