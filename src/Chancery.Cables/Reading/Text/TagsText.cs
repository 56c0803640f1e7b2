using System.Text;

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
        var text = StripLinks(value).ToUpperInvariant();
        var commaSeparated = HasSeparatorOutsideParentheses(text);
        var items = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '(') depth++;
            if (c == ')') depth = Math.Max(0, depth - 1);
            var separator = depth == 0 && (c is ',' or ';' || (c == ' ' && !commaSeparated));
            if (separator)
            {
                Flush(items, current);
                continue;
            }
            current.Append(c);
        }
        Flush(items, current);
        foreach (var item in items)
        {
            foreach (var tag in SplitItem(item))
            {
                var t = Words.Collapse(tag.Trim(' ', '.', ':', '-', '_', '*'));
                if (t.Length == 0 || IsRedaction(t)) continue;
                if (t.StartsWith('(') && tags.Count > 0 && !tags[^1].Contains('('))
                {
                    tags[^1] = tags[^1] + " " + t;
                    continue;
                }
                if (!tags.Contains(t)) tags.Add(t);
            }
        }
    }

    private static bool HasSeparatorOutsideParentheses(string text)
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

    private static bool IsUpperCode(string t)
    {
        foreach (var c in t) if (!(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-')) return false;
        return true;
    }

    private static IEnumerable<string> SplitItem(string item)
    {
        // "PGOV PREL" inside a comma list is two codes; "GAZA DISENGAGEMENT" or "OVIP (NAME)" stays whole.
        var trimmed = item.Trim();
        if (!trimmed.Contains(' ') || trimmed.Contains('(')) return [trimmed];
        var parts = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var p in parts) if (p.Length > 5 || !IsUpperCode(p)) return [trimmed];
        return parts;
    }

    private static bool IsRedaction(string t)
    {
        if (t.Length < 4) return false;
        foreach (var c in t) if (c != 'X') return false;
        return true;
    }

    private static void Flush(List<string> items, StringBuilder current)
    {
        if (current.Length > 0) items.Add(current.ToString());
        current.Clear();
    }

    private static string StripLinks(string value)
    {
        if (!value.Contains('[')) return value;
        return value.Replace("](#)", " ").Replace("[", " ").Replace("]", " ");
    }
}
