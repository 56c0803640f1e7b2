using System.Buffers;

namespace Chancery.Cables.Reading.Text;

/// <summary>
/// Reads TAGS in every form seen: spaces, commas, semicolons, wrapped lines, Markdown link remnants
/// (<c>[EFIN](#)</c>) and person tags in parentheses kept whole (<c>OVIP (KISSINGER, HENRY A.)</c>).
/// </summary>
internal static class TagsText
{
    /// <summary>Adds the tags of <paramref name="value"/> to <paramref name="tags"/>, each once, upper case.</summary>
    public static void Parse(string value, List<string> tags)
    {
        var stripped = StripLinks(value);
        char[]? rented = null;
        var buffer = stripped.Length <= 512 ? stackalloc char[stripped.Length] : (rented = ArrayPool<char>.Shared.Rent(stripped.Length));
        try
        {
            ReadOnlySpan<char> text = buffer[..stripped.AsSpan().ToUpperInvariant(buffer)];
            var commaSeparated = HasSeparatorOutsideParentheses(text);
            var depth = 0;
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '(') depth++;
                if (c == ')') depth = Math.Max(0, depth - 1);
                if (depth == 0 && (c is ',' or ';' || (c == ' ' && !commaSeparated)))
                {
                    AddItem(text[start..i], tags);
                    start = i + 1;
                }
            }
            AddItem(text[start..], tags);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    // "PGOV PREL" inside a comma list is two codes; "GAZA DISENGAGEMENT" or "OVIP (NAME)" stays whole.
    private static void AddItem(ReadOnlySpan<char> item, List<string> tags)
    {
        if (item.IsEmpty) return;
        var trimmed = item.Trim();
        if (!trimmed.Contains(' ') || trimmed.Contains('(') || !AllShortCodes(trimmed))
        {
            AddTag(trimmed, tags);
            return;
        }
        foreach (var range in trimmed.Split(' '))
            if (!trimmed[range].IsEmpty) AddTag(trimmed[range], tags);
    }

    private static bool AllShortCodes(ReadOnlySpan<char> words)
    {
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (word.Length > 5 || (!word.IsEmpty && !IsUpperCode(word))) return false;
        }
        return true;
    }

    private static void AddTag(ReadOnlySpan<char> tag, List<string> tags)
    {
        var trimmed = tag.Trim(" .:-_*");
        Span<char> buffer = trimmed.Length <= 256 ? stackalloc char[trimmed.Length] : new char[trimmed.Length];
        var t = Words.Collapse(trimmed, buffer);
        if (t.Length == 0 || IsRedaction(t)) return;
        if (t[0] == '(' && tags.Count > 0 && !tags[^1].Contains('('))
        {
            tags[^1] = string.Concat(tags[^1], " ", t);
            return;
        }
        foreach (var known in tags)
            if (t.SequenceEqual(known)) return;
        tags.Add(t.ToString());
    }

    private static bool HasSeparatorOutsideParentheses(ReadOnlySpan<char> text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && c is ',' or ';') return true;
        }
        return false;
    }

    /// <summary>True when a following line looks like more TAGS (short upper-case codes or a parenthesised name).</summary>
    public static bool LooksLikeContinuation(string line)
    {
        var text = StripLinks(Words.StripPilcrow(line).ToString()).Trim();
        if (text.Length == 0 || text.Length > 90) return false;
        if (text.StartsWith('(')) return true;
        var words = text.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var w in words)
        {
            var t = w.Trim('.', ')', '(');
            if (t.Length is 0) continue;
            if (t.Length > 6 || !IsUpperCode(t)) return false;
        }
        return words.Length > 0;
    }

    private static bool IsUpperCode(ReadOnlySpan<char> t)
    {
        foreach (var c in t) if (!(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-')) return false;
        return true;
    }

    private static bool IsRedaction(ReadOnlySpan<char> t)
    {
        if (t.Length < 4) return false;
        foreach (var c in t) if (c != 'X') return false;
        return true;
    }

    private static string StripLinks(string value)
    {
        if (!value.Contains('[')) return value;
        return value.Replace("](#)", " ").Replace("[", " ").Replace("]", " ");
    }
}
