namespace Chancery.Cables.Reading;

/// <summary>
/// Some archive copies glue the whole text header into one line behind a <c>Cable dated:</c> stamp:
/// <c>Cable dated:2005-07-15T15:24:00S E C R E T SECTION 01 OF 03 TEL AVIV 004403SIPDISE.O. 12958: ...</c>.
/// This cuts such a line back into its constructs and keeps the stamp as its own line.
/// </summary>
internal static class CableDatedLines
{
    /// <summary>The stamp that starts such a line.</summary>
    public const string Stamp = "Cable dated:";

    private static readonly string[] Breaks = ["SIPDIS", "NOFORN", "E.O.", "TAGS", "SUBJECT", "REF:", "REFS:", "Classified By", "CLASSIFIED BY", "Classified by"];

    /// <summary>How many lines from the top of an input are looked at for the stamp.</summary>
    public const int HeadLines = 40;

    /// <summary>Expands the first stamped line among the first <see cref="HeadLines"/> of <paramref name="lines"/>.</summary>
    public static void Expand(List<SourceLine> lines)
    {
        for (var i = 0; i < lines.Count && i < HeadLines; i++)
        {
            if (!lines[i].Span.StartsWith(Stamp, StringComparison.Ordinal)) continue;
            var line = new SourceLine(lines[i].Number, lines[i].Column, lines[i].Text);
            var stampEnd = Stamp.Length;
            while (stampEnd < line.Text.Length && (char.IsAsciiDigit(line.Text[stampEnd]) || line.Text[stampEnd] is '-' or ':' or 'T')) stampEnd++;
            // "T" may begin "TOP SECRET": give back a trailing T not followed by a digit.
            if (stampEnd > 0 && line.Text[stampEnd - 1] == 'T') stampEnd--;
            var pieces = new List<SourceLine> { new(line.Number, line.Column, line.Text[..stampEnd]) };
            var rest = line.Text[stampEnd..].TrimStart(' ', ']', '[');
            var cut = EndOfMessageNumber(rest);
            var offset = line.Column + (line.Text.Length - rest.Length);
            if (cut > 0)
            {
                pieces.Add(new SourceLine(line.Number, offset, rest[..cut].Trim()));
                offset += cut;
                rest = rest[cut..];
            }
            foreach (var (start, end) in Segments(rest))
                pieces.Add(new SourceLine(line.Number, offset + start, rest[start..end].Trim()));
            lines.RemoveAt(i);
            lines.InsertRange(i, pieces.Where(p => p.Text.Length > 0));
            return;
        }
    }

    // The classification line ends after the first run of five or more digits.
    private static int EndOfMessageNumber(string text)
    {
        var run = 0;
        for (var i = 0; i < text.Length && i < 120; i++)
        {
            if (char.IsAsciiDigit(text[i])) { run++; continue; }
            if (run >= 5) return i;
            run = 0;
        }
        return run >= 5 ? Math.Min(text.Length, 120) : 0;
    }

    private static IEnumerable<(int Start, int End)> Segments(string text)
    {
        var cuts = new SortedSet<int> { 0 };
        foreach (var word in Breaks)
        {
            var at = 0;
            while ((at = text.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
            {
                cuts.Add(at);
                at += word.Length;
            }
        }
        var list = cuts.ToList();
        for (var k = 0; k < list.Count; k++)
            yield return (list[k], k + 1 < list.Count ? list[k + 1] : text.Length);
    }

    /// <summary>Reads the stamp's date and time as UTC, or null.</summary>
    public static DateTime? ReadStamp(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith(Stamp, StringComparison.Ordinal)) return null;
        return DateTime.TryParse(line[Stamp.Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out var d)
            ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : null;
    }
}
