namespace Chancery.Cables.Reading;

/// <summary>
/// Cuts an input into the cables it holds: a stream of transmissions ends each one with <c>NNNN</c>;
/// an e-mail wrapper before a transmission is skipped.
/// </summary>
internal static class CableSplitter
{
    private const int WrapperSearchLines = 40;

    /// <summary>The [start, end) line ranges of the cables in <paramref name="lines"/>.</summary>
    public static List<(int Start, int End)> Split(List<SourceLine> lines)
    {
        var ranges = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!EndsCable(lines[i])) continue;
            if (Cable(lines, start, i) is { } range) ranges.Add(range);
            start = i + 1;
        }
        if (Cable(lines, start, lines.Count) is { } last) ranges.Add(last);
        if (ranges.Count == 0) ranges.Add((0, lines.Count));
        return ranges;
    }

    /// <summary>True for the <c>NNNN</c> line that ends a transmission.</summary>
    public static bool EndsCable(SourceLine line) => line.Span.TrimStart().StartsWith("NNNN");

    /// <summary>The cable in lines[start..end), between two <c>NNNN</c> lines: null when those lines are blank.</summary>
    public static (int Start, int End)? Cable(List<SourceLine> lines, int start, int end)
    {
        while (start < end && lines[start].IsBlank) start++;
        if (start >= end) return null;
        return (SkipWrapper(lines, start, end), end);
    }

    /// <summary>
    /// Skips a wrapper that stands before a VZCZC line: an e-mail (From:/Sent:/Subject:) or a post's
    /// message-handling printout (ACTION/INFO/DISSEMINATION lines, its own classification banner).
    /// </summary>
    private static int SkipWrapper(List<SourceLine> lines, int start, int end)
    {
        for (var i = start; i < end && i < start + WrapperSearchLines; i++)
            if (lines[i].Span.TrimStart().StartsWith("VZCZC")) return i;
        return start;
    }
}
