namespace Chancery.Cables.Writing;

/// <summary>
/// Splits the text of a long message into transmission sections (ACP 127 §208: at most five pages of
/// twenty lines per transmission) and lays out each section's pages with State continuation headers.
/// </summary>
internal static class SectionSplitter
{
    /// <summary>
    /// Splits <paramref name="lines"/> (the text after the classification line) into sections of at most
    /// <paramref name="capacity"/> lines. A section ends at the last paragraph boundary (blank line) in its
    /// last three quarters when there is one, the blank line itself dropped; otherwise (a paragraph longer
    /// than that) it is cut at capacity.
    /// </summary>
    public static List<List<string>> Split(List<string> lines, int capacity)
    {
        var sections = new List<List<string>>();
        var start = 0;
        while (lines.Count - start > capacity)
        {
            var end = start + capacity;
            var cut = end;
            var next = end;
            for (var b = end; b > start + capacity / 4; b--)
            {
                if (lines[b].Length != 0) continue;
                cut = b;
                next = b + 1;
                break;
            }
            sections.Add(lines.GetRange(start, cut - start));
            start = next;
        }
        sections.Add(lines.GetRange(start, lines.Count - start));
        return sections;
    }

    /// <summary>How many lines a page may give up so that no page header stands next to a blank line.</summary>
    public const int MaxPageShortening = 3;

    /// <summary>
    /// One section's text lines with a page header (<c>ASTANA 00000038 002.2 OF 003</c>) before the first
    /// line of each page after the first. Headers are not counted in the page's lines; without a known
    /// message number, or with a station name too long for the header to fit a line, there are no headers.
    /// </summary>
    /// <remarks>
    /// A page ends up to <see cref="MaxPageShortening"/> lines early when that keeps blank lines away from
    /// the header (readers drop blank lines around page headers, so a paragraph break there would be lost)
    /// and keeps the header off the last line of a block.
    /// </remarks>
    public static List<string> Paginate(List<string> sectionLines, MessageNumber? number, int linesPerPage)
    {
        if (number is null || sectionLines.Count <= linesPerPage) return sectionLines;
        var starts = PageStarts(sectionLines, linesPerPage);
        var pages = starts.Count + 1;
        if (number.PageHeader(pages, pages).Length > CableWriter.MaxLineLength) return sectionLines;
        var result = new List<string>(sectionLines.Count + pages);
        var page = 1;
        for (var i = 0; i < sectionLines.Count; i++)
        {
            if (page <= starts.Count && starts[page - 1] == i) result.Add(number.PageHeader(++page, pages));
            result.Add(sectionLines[i]);
        }
        return result;
    }

    /// <summary>
    /// The index of the first line of every page after the first. Preferred: a page starts inside a block
    /// of text, neither on its first nor its last line (a reader takes a line after a page header that ends
    /// a block for a heading when a paragraph follows); else anywhere with text on both sides of the header.
    /// </summary>
    private static List<int> PageStarts(List<string> lines, int linesPerPage)
    {
        var starts = new List<int>();
        var start = 0;
        while (lines.Count - start > linesPerPage)
        {
            var nominal = start + linesPerPage;
            var next = FindCut(lines, nominal, requireFollowingText: true)
                ?? FindCut(lines, nominal, requireFollowingText: false)
                ?? nominal;
            starts.Add(next);
            start = next;
        }
        return starts;
    }

    private static int? FindCut(List<string> lines, int nominal, bool requireFollowingText)
    {
        for (var cut = nominal; cut >= nominal - MaxPageShortening; cut--)
        {
            if (lines[cut - 1].Length == 0 || lines[cut].Length == 0) continue;
            if (requireFollowingText && (cut + 1 >= lines.Count || lines[cut + 1].Length == 0)) continue;
            return cut;
        }
        return null;
    }
}
