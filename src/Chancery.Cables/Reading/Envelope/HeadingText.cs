namespace Chancery.Cables.Reading;

/// <summary>
/// Span helpers for the heading parsers: tokens are runs of non-space characters, nothing is allocated.
/// </summary>
internal static class HeadingText
{
    /// <summary>Index of the first character at or after <paramref name="from"/> that is not a space or tab.</summary>
    public static int SkipSpaces(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length && IsSpace(text[from])) from++;
        return from;
    }

    /// <summary>True for the blanks that separate groups (space, tab, no-break space).</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0';

    /// <summary>
    /// Reads the token that starts at or after <paramref name="pos"/> and moves <paramref name="pos"/> past it.
    /// Returns an empty span at the end of the text.
    /// </summary>
    public static ReadOnlySpan<char> NextToken(ReadOnlySpan<char> text, scoped ref int pos)
    {
        var start = SkipSpaces(text, pos);
        var end = start;
        while (end < text.Length && !IsSpace(text[end])) end++;
        pos = end;
        return text[start..end];
    }

    /// <summary>True when the span is not empty and holds only ASCII digits.</summary>
    public static bool IsDigits(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return false;
        foreach (var c in s) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    /// <summary>True when the span is not empty and holds only ASCII upper-case letters.</summary>
    public static bool IsUpperLetters(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return false;
        foreach (var c in s) if (!char.IsAsciiLetterUpper(c)) return false;
        return true;
    }

    /// <summary>True when the span is not empty and holds only ASCII letters (either case).</summary>
    public static bool IsLetters(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return false;
        foreach (var c in s) if (!char.IsAsciiLetter(c)) return false;
        return true;
    }

    /// <summary>True when the span is not empty and holds only ASCII upper-case letters and digits.</summary>
    public static bool IsUpperAlphanumeric(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return false;
        foreach (var c in s) if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c)) return false;
        return true;
    }

    /// <summary>True when the text holds an ASCII lower-case letter.</summary>
    public static bool HasLowerCase(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (char.IsAsciiLetterLower(c)) return true;
        return false;
    }

    /// <summary>The value of a run of at most nine digits (the caller has checked <see cref="IsDigits"/>).</summary>
    public static int Digits(ReadOnlySpan<char> s)
    {
        var value = 0;
        foreach (var c in s[..Math.Min(s.Length, 9)]) value = value * 10 + (c - '0');
        return value;
    }

    /// <summary>True when <paramref name="text"/> starts with <paramref name="word"/> followed by a blank or the end.</summary>
    public static bool StartsWithWord(ReadOnlySpan<char> text, ReadOnlySpan<char> word) =>
        text.StartsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || IsSpace(text[word.Length]));

    /// <summary>The text with blanks at both ends removed.</summary>
    public static ReadOnlySpan<char> TrimBlanks(ReadOnlySpan<char> s)
    {
        var start = SkipSpaces(s, 0);
        var end = s.Length;
        while (end > start && IsSpace(s[end - 1])) end--;
        return s[start..end];
    }

    /// <summary>
    /// Copies <paramref name="s"/> with every run of blanks turned into one space (allocates only when needed).
    /// </summary>
    public static string CollapseBlanks(ReadOnlySpan<char> s)
    {
        s = TrimBlanks(s);
        var needs = false;
        for (var i = 0; i < s.Length; i++)
            if (IsSpace(s[i]) && (s[i] != ' ' || (i + 1 < s.Length && IsSpace(s[i + 1])))) { needs = true; break; }
        if (!needs) return s.ToString();
        var buffer = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        var blank = false;
        foreach (var c in s)
        {
            if (IsSpace(c)) { blank = true; continue; }
            if (blank && n > 0) buffer[n++] = ' ';
            blank = false;
            buffer[n++] = c;
        }
        return new string(buffer[..n]);
    }
}
