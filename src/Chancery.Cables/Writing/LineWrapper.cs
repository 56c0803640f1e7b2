namespace Chancery.Cables.Writing;

/// <summary>
/// Breaks one logical line into physical lines of at most a given width: greedily on spaces,
/// and a word longer than the width is cut into width-long pieces.
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
                lines.Add(current.ToString());
                current.Clear();
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

    /// <summary>Wraps <paramref name="text"/> and returns the lines.</summary>
    public static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        Wrap(text, width, lines);
        return lines;
    }
}
