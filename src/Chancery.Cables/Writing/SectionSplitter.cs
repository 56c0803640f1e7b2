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
    /// second half when there is one, the blank line itself dropped; otherwise it is cut at capacity.
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
            for (var b = end; b > start + capacity / 2; b--)
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

    /// <summary>
    /// One section's text lines with a page header (<c>ASTANA 00000038 002.2 OF 003</c>) before the first
    /// line of each page after the first. Headers are not counted in the page's lines; without a known
    /// message number, or with a station name too long for the header to fit a line, there are no headers.
    /// </summary>
    public static List<string> Paginate(List<string> sectionLines, MessageNumber? number, int linesPerPage)
    {
        if (number is null || sectionLines.Count <= linesPerPage) return sectionLines;
        var pages = (sectionLines.Count + linesPerPage - 1) / linesPerPage;
        if (number.PageHeader(pages, pages).Length > CableWriter.MaxLineLength) return sectionLines;
        var result = new List<string>(sectionLines.Count + pages);
        for (var i = 0; i < sectionLines.Count; i++)
        {
            if (i > 0 && i % linesPerPage == 0) result.Add(number.PageHeader(i / linesPerPage + 1, pages));
            result.Add(sectionLines[i]);
        }
        return result;
    }
}
