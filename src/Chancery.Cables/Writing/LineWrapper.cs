namespace Chancery.Cables.Writing;

/// <summary>
/// Breaks one logical line into physical lines of at most a given width: greedily on spaces,
/// and a word longer than the width is cut into width-long pieces. A continuation line never starts with
/// a word like <c>2.</c>, which a reader would take for a paragraph number: the word before it moves down too.
/// </summary>
internal static class LineWrapper
{
    /// <summary>
    /// Wraps <paramref name="text"/> (already single-spaced) into <paramref name="lines"/>.
    /// An empty text adds one empty line.
    /// </summary>
    public static void Wrap(string text, int width, List<string> lines)
    {
        if (text.Length <= width)
        {
            lines.Add(text);
            return;
        }

        var current = new System.Text.StringBuilder(width);
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var needed = current.Length == 0 ? word.Length : current.Length + 1 + word.Length;
            if (needed <= width)
            {
                if (current.Length > 0) current.Append(' ');
                current.Append(word);
                continue;
            }

            if (current.Length > 0)
            {
                var carried = LooksLikeParagraphNumber(word) ? CarriedWord(current) : "";
                lines.Add(current.ToString());
                current.Clear();
                if (carried.Length > 0 && carried.Length + 1 + word.Length <= width)
                {
                    current.Append(carried).Append(' ').Append(word);
                    continue;
                }
                if (carried.Length > 0) lines[^1] += " " + carried;
            }

            var rest = word.AsSpan();
            while (rest.Length > width)
            {
                lines.Add(rest[..width].ToString());
                rest = rest[width..];
            }
            current.Append(rest);
        }
        if (current.Length > 0) lines.Add(current.ToString());
    }

    /// <summary>True for <c>12.</c>: digits and a full stop.</summary>
    private static bool LooksLikeParagraphNumber(string word) =>
        word.Length >= 2 && word[^1] == '.' && !word.AsSpan(0, word.Length - 1).ContainsAnyExceptInRange('0', '9');

    /// <summary>Takes the last word off <paramref name="line"/> when it has more than one; "" otherwise.</summary>
    private static string CarriedWord(System.Text.StringBuilder line)
    {
        var text = line.ToString();
        var space = text.LastIndexOf(' ');
        if (space <= 0) return "";
        line.Length = space;
        return text[(space + 1)..];
    }

    /// <summary>Wraps <paramref name="text"/> and returns the lines.</summary>
    public static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        Wrap(text, width, lines);
        return lines;
    }
}
