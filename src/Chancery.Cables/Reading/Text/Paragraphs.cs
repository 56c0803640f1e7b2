namespace Chancery.Cables.Reading.Text;

/// <summary>Recognises the start of a numbered paragraph: <c>1. (SBU)</c>, <c>¶5.</c>, <c>15.</c> for a mangled <c>¶5.</c>.</summary>
internal static class Paragraphs
{
    /// <summary>A paragraph start: its number as written, whether a ¶ sign preceded it, and where its text starts.</summary>
    public readonly record struct Start(int Number, bool Pilcrow, int TextOffset);

    /// <summary>True when the line looks like the start of a numbered paragraph (any number up to 99).</summary>
    public static bool IsParagraphStart(ReadOnlySpan<char> line) => TryRead(line, out var s) && (s.Number < 100 || s.Pilcrow);

    /// <summary>Reads a paragraph number at the start of a line.</summary>
    public static bool TryRead(ReadOnlySpan<char> line, out Start start)
    {
        start = default;
        var i = 0;
        while (i < line.Length && line[i] == ' ') i++;
        var pilcrow = false;
        while (i < line.Length && line[i] == '\u00B6') { pilcrow = true; i++; }
        while (i < line.Length && line[i] == ' ') i++;
        var d = i;
        while (i < line.Length && char.IsAsciiDigit(line[i]) && i - d < 4) i++;
        if (i == d || i - d > 3) return false;
        var number = int.Parse(line.Slice(d, i - d));
        if (i < line.Length && line[i] == ' ' && i + 1 < line.Length && line[i + 1] == '.') i++;
        if (i >= line.Length || line[i] != '.') return false;
        i++;
        if (i < line.Length && line[i] is not (' ' or '(' or '\t')) return false;
        while (i < line.Length && line[i] == ' ') i++;
        if (number == 0) return false;
        start = new Start(number, pilcrow, i);
        return true;
    }
}
