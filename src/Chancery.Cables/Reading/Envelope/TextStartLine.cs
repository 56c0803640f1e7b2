namespace Chancery.Cables.Reading;

/// <summary>
/// Recognises the first line of the text: the classification, plain (<c>UNCLAS</c>, <c>SECRET//NOFORN</c>,
/// <c>LIMITED OFFICIAL USE</c>) or letter-spaced (<c>C O N F I D E N T I A L SECTION 01 OF 02</c>), in any case.
/// A printout banner (<c>CONFIDENTIAL     PTQ1859</c>) is not a text start.
/// </summary>
internal static class TextStartLine
{
    /// <summary>True when <paramref name="line"/> opens the text with a classification.</summary>
    public static bool IsTextStart(ReadOnlySpan<char> line)
    {
        var t = HeadingText.TrimBlanks(line);
        // Every level starts with C, L, S, T or U: most lines are refused here.
        if (t.Length < 5 || (t[0] | 0x20) is not ('c' or 'l' or 's' or 't' or 'u')) return false;
        Span<char> word = stackalloc char[24];
        int length;
        int end;
        if (t[1] == ' ' && char.IsAsciiLetter(t[2]))
        {
            // Letter-spaced: single letters separated by one or two blanks (two between words).
            length = 0;
            end = 0;
            while (end < t.Length && length < word.Length && char.IsAsciiLetter(t[end])
                   && (end + 1 == t.Length || !char.IsAsciiLetter(t[end + 1])))
            {
                word[length++] = char.ToUpperInvariant(t[end++]);
                var spaces = 0;
                while (end < t.Length && t[end] == ' ' && spaces < 3) { end++; spaces++; }
                if (spaces == 0) break;
            }
            return IsLevel(word[..length]);
        }
        length = 0;
        end = 0;
        while (end < t.Length && char.IsAsciiLetter(t[end]) && length < word.Length) word[length++] = char.ToUpperInvariant(t[end++]);
        if (end < t.Length && char.IsAsciiLetterOrDigit(t[end])) return false;
        var first = word[..length];
        if (first.SequenceEqual("LIMITED")) return StartsWithWords(t[end..], "OFFICIAL", "USE");
        if (first.SequenceEqual("TOP")) return StartsWithWords(t[end..], "SECRET", null);
        if (first.SequenceEqual("SECRET") && StartsWithWords(t[end..], "SERVICE", null)) return false;
        if (ArchiveLines.IsBanner(t)) return false;
        return first is "UNCLAS" or "UNCLASSIFIED" or "CONFIDENTIAL" or "SECRET";
    }

    /// <summary>True when the line is a level and nothing else (<c>CONFIDENTIAL</c>), as printout banners are.</summary>
    public static bool IsBareLevel(ReadOnlySpan<char> line) =>
        HeadingText.TrimBlanks(line) is "UNCLASSIFIED" or "CONFIDENTIAL" or "SECRET" or "LIMITED OFFICIAL USE" or "TOP SECRET";

    private static bool IsLevel(ReadOnlySpan<char> letters) =>
        letters.StartsWith("UNCLAS") || letters.StartsWith("CONFIDENTIAL") || letters.StartsWith("SECRET")
            || letters.StartsWith("LIMITEDOFFICIALUSE") || letters.StartsWith("TOPSECRET");

    private static bool StartsWithWords(ReadOnlySpan<char> rest, string first, string? second)
    {
        var pos = 0;
        if (!HeadingText.NextToken(rest, ref pos).Equals(first, StringComparison.OrdinalIgnoreCase)) return false;
        if (second is null) return true;
        var token = HeadingText.NextToken(rest, ref pos);
        return token.StartsWith(second, StringComparison.OrdinalIgnoreCase);
    }
}
