using Chancery.Cables.Reading.Text;

namespace Chancery.Cables.Reading;

/// <summary>
/// Undoes database-row dumps that some archive copies carry inside the cable text: a tab-separated row
/// (<c>2006-07-10 14:51:00⇥06BERN1280⇥Embassy Bern⇥CONFIDENTIAL⇥⇥VZCZC...\</c>) or a cables.csv row
/// (<c>27613,2/24/2005 16:09,05BOGOTA1775,"Embassy Bogota",...,"text</c>), with backslash line continuations
/// and the text field glued to the last header line by a tab. What remains is the cable text itself.
/// </summary>
internal static class RowDumpLines
{
    private const int TsvMetadataColumns = 5;
    private const int CsvMetadataFields = 6;

    /// <summary>Cleans <paramref name="lines"/> in place when they hold a row dump.</summary>
    public static void Clean(List<SourceLine> lines)
    {
        var cleaned = new List<SourceLine>(2);
        for (var i = 0; i < lines.Count; i++)
        {
            cleaned.Clear();
            if (!Clean(lines[i], cleaned)) continue;
            lines[i] = cleaned[0];
            if (cleaned.Count > 1) lines.Insert(++i, cleaned[1]);
        }
    }

    /// <summary>
    /// Cleans one line, adding what it becomes (one line, or two where a tab glues a classification line on) to
    /// <paramref name="into"/>; returns false, adding nothing, when the line stays as it is. Each line is cleaned on its own.
    /// </summary>
    public static bool Clean(SourceLine line, List<SourceLine> into)
    {
        var text = line.Span;
        if (text.Length == 0) return false;
        var changed = false;
        if (text[^1] == '\\') { text = text[..^1].TrimEnd(); changed = true; }
        var column = line.Column;
        if (IsTsvRow(text) && SkipFields(text, '\t', TsvMetadataColumns) is { } tsvAt)
        {
            column += tsvAt; text = text[tsvAt..]; changed = true;
        }
        else if (IsCsvRow(text) && SkipCsvFields(text) is { } csvAt)
        {
            column += csvAt; text = text[csvAt..]; changed = true;
        }
        else if (text.TrimStart().StartsWith("\",\"", StringComparison.Ordinal))
        {
            var at = text.IndexOf('"') + 3;
            column += at; text = text[at..]; changed = true;
        }
        var tab = text.IndexOf('\t');
        if (tab > 0 && ClassificationLine.TryParse(text[(tab + 1)..]) is not null)
        {
            into.Add(new SourceLine(line.Number, column, text[..tab].TrimEnd().ToString()));
            into.Add(new SourceLine(line.Number, column + tab + 1, text[(tab + 1)..].Trim().ToString()));
            return true;
        }
        if (!changed) return false;
        into.Add(new SourceLine(line.Number, column, text.ToString().Replace('\t', ' ').TrimEnd()));
        return true;
    }

    /// <summary>True when the input may hold a row dump (cheap pre-check).</summary>
    public static bool MayContain(string text) => text.Contains('\t') || text.Contains("\\\n") || text.Contains("\",\"");

    private static bool IsTsvRow(ReadOnlySpan<char> text) =>
        text.Length > 20 && char.IsAsciiDigit(text[0]) && text[4] == '-' && text[7] == '-' && text[10] == ' ' && text.Contains('\t');

    private static bool IsCsvRow(ReadOnlySpan<char> text)
    {
        var comma = text.IndexOf(',');
        if (comma is <= 0 or > 8 || !Words.IsDigits(text[..comma])) return false;
        var rest = text[(comma + 1)..];
        var slash = rest.IndexOf('/');
        return slash is > 0 and <= 2 && rest.Length > 12 && char.IsAsciiDigit(rest[0]);
    }

    private static int? SkipFields(ReadOnlySpan<char> text, char separator, int count)
    {
        var at = 0;
        for (var k = 0; k < count; k++)
        {
            var next = text[at..].IndexOf(separator);
            if (next < 0) return null;
            at += next + 1;
        }
        return at;
    }

    // Skips the six metadata fields and the opening quote of the header field.
    private static int? SkipCsvFields(ReadOnlySpan<char> text)
    {
        var at = 0;
        for (var k = 0; k < CsvMetadataFields; k++)
        {
            if (at < text.Length && text[at] == '"')
            {
                var close = text[(at + 1)..].IndexOf('"');
                if (close < 0) return null;
                at += close + 2;
            }
            else
            {
                var comma = text[at..].IndexOf(',');
                if (comma < 0) return null;
                at += comma;
            }
            if (at >= text.Length || text[at] != ',') return null;
            at++;
        }
        if (at < text.Length && text[at] == '"') at++;
        return at;
    }
}
