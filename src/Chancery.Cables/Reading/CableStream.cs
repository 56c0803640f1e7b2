namespace Chancery.Cables.Reading;

/// <summary>
/// Reads a text that is not an HTML page one cable at a time as its lines are made, so that only one cable's
/// lines are held at once: a stream of thousands of cables costs no more memory than its largest cable. The
/// cables found are exactly those of <see cref="InputLines.Split(string, List{SourceLine})"/> followed by
/// <see cref="CableSplitter.Split"/>: row dumps are cleaned line by line, and a <c>Cable dated:</c> stamp is
/// expanded once the head of the input that <see cref="CableDatedLines"/> looks at has been collected.
/// </summary>
internal static class CableStream
{
    /// <summary>Reads one cable from lines[start..end); the last argument is its index in the input.</summary>
    public delegate Cable ReadCable(List<SourceLine> lines, int start, int end, int index);

    /// <summary>
    /// The cables of <paramref name="text"/> in input order, using <paramref name="lines"/> as the working list.
    /// Empty when the text holds no cable (only blank and <c>NNNN</c> lines): the caller then reads it whole.
    /// </summary>
    public static List<Cable> Read(string text, List<SourceLine> lines, ReadCable read)
    {
        var cables = new List<Cable>();
        var cleaned = RowDumpLines.MayContain(text) ? new List<SourceLine>(2) : null;
        // While the head is pending, nothing is cut off the list, so its indexes are those of the whole input.
        var headPending = text.Contains(CableDatedLines.Stamp, StringComparison.Ordinal);
        lines.Clear();
        foreach (var line in InputLines.Plain(text))
        {
            if (cleaned is not null)
            {
                cleaned.Clear();
                if (RowDumpLines.Clean(line, cleaned))
                {
                    foreach (var piece in cleaned) Add(piece);
                    continue;
                }
            }
            Add(line);
        }
        if (headPending) CableDatedLines.Expand(lines);
        Cut(final: true);
        return cables;

        void Add(SourceLine line)
        {
            lines.Add(line);
            if (headPending)
            {
                if (lines.Count < CableDatedLines.HeadLines) return;
                CableDatedLines.Expand(lines);
                headPending = false;
                Cut(final: false);
            }
            else if (CableSplitter.EndsCable(line))
            {
                Take(0, lines.Count - 1);
                lines.Clear();
            }
        }

        // Reads the cables ended by NNNN lines in the list, and with final also the one after the last NNNN.
        void Cut(bool final)
        {
            var start = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                if (!CableSplitter.EndsCable(lines[i])) continue;
                Take(start, i);
                start = i + 1;
            }
            if (final)
            {
                Take(start, lines.Count);
                lines.Clear();
            }
            else
            {
                lines.RemoveRange(0, start);
            }
        }

        void Take(int start, int end)
        {
            if (CableSplitter.Cable(lines, start, end) is { } range)
                cables.Add(read(lines, range.Start, range.End, cables.Count));
        }
    }
}
