namespace Chancery.Cables.Reading.Text;

/// <summary>Small text helpers shared by the text-part parsers.</summary>
internal static class Words
{
    /// <summary>Collapses runs of white space into one space and trims.</summary>
    public static string Collapse(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty) return "";
        char[]? rented = null;
        var buffer = text.Length <= 1024 ? stackalloc char[text.Length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length));
        var collapsed = new string(Collapse(text, buffer));
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return collapsed;
    }

    /// <summary>Writes <paramref name="text"/> with runs of white space collapsed and ends trimmed into <paramref name="buffer"/> (as long as the text).</summary>
    public static ReadOnlySpan<char> Collapse(ReadOnlySpan<char> text, Span<char> buffer)
    {
        text = text.Trim();
        var n = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && n > 0) buffer[n++] = ' ';
            space = false;
            buffer[n++] = c;
        }
        return buffer[..n];
    }

    /// <summary>Appends <paramref name="text"/> to <paramref name="sb"/> with runs of white space collapsed and ends trimmed.</summary>
    public static void AppendCollapsed(System.Text.StringBuilder sb, ReadOnlySpan<char> text)
    {
        text = text.Trim();
        var start = 0;
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                if (space) { sb.Append(' '); space = false; start = i; }
                continue;
            }
            if (!space) { sb.Append(text[start..i]); space = true; }
        }
        if (!space) sb.Append(text[start..]);
    }

    /// <summary>True when every character is an ASCII digit (and there is at least one).</summary>
    public static bool IsDigits(ReadOnlySpan<char> s) => HeadingText.IsDigits(s);

    /// <summary>True when every character is an ASCII letter (and there is at least one).</summary>
    public static bool IsLetters(ReadOnlySpan<char> s) => HeadingText.IsLetters(s);

    /// <summary>Index of <paramref name="word"/> in <paramref name="text"/> at word boundaries, ignoring case; -1 if absent.</summary>
    public static int IndexOfWord(ReadOnlySpan<char> text, string word, int from = 0)
    {
        var at = from;
        while (at <= text.Length - word.Length)
        {
            var i = text[at..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (i < 0) return -1;
            i += at;
            var before = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
            var end = i + word.Length;
            var after = end >= text.Length || !char.IsLetterOrDigit(text[end]) || !char.IsLetterOrDigit(word[^1]);
            if (before && after) return i;
            at = i + 1;
        }
        return -1;
    }

    /// <summary>Removes leading paragraph signs and white space that WikiLeaks put before lines.</summary>
    public static ReadOnlySpan<char> StripPilcrow(ReadOnlySpan<char> line)
    {
        line = line.TrimStart();
        while (!line.IsEmpty && line[0] == '\u00B6') line = line[1..].TrimStart();
        return line;
    }
}
