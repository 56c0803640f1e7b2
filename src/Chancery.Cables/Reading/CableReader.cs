using Chancery.Cables.Reading;

namespace Chancery.Cables;

/// <summary>
/// Reads cables from text as it is found: raw ACP-127 transmissions, Cablegate web copies, HTML pages,
/// media-partner reformatting, e-mail wrappers, 1970s telegrams and streams separated by <c>NNNN</c>.
/// Never throws on input: what it cannot understand becomes a <see cref="Diagnostic"/>.
/// </summary>
/// <remarks>Diagnostic code CHN0001: the reader failed internally on this input (a defect; the text is kept as the body).</remarks>
public sealed class CableReader
{
    private readonly CableReaderOptions _options;

    /// <summary>Makes a reader with the given options (or the defaults).</summary>
    public CableReader(CableReaderOptions? options = null) => _options = options ?? CableReaderOptions.Default;

    /// <summary>Reads every cable in <paramref name="text"/>, in input order. Always returns at least one cable.</summary>
    /// <param name="text">The whole input.</param>
    /// <param name="path">The input's path as given, recorded in <see cref="Cable.Source"/>.</param>
    public IReadOnlyList<Cable> ReadAll(string text, string? path = null)
    {
        text ??= "";
        // Lines are ranges of the text; the list that holds them is kept per thread for the next input.
        var lines = t_lines ?? new List<SourceLine>(16);
        t_lines = null;
        try
        {
            var html = HtmlText.LooksLikeHtml(text);
            if (!html) lines.EnsureCapacity(FirstCableLines(text));
            var cables = html ? [] : CableStream.Read(text, lines, (all, start, end, index) => ReadOne(all, start, end, path, index));
            if (cables.Count == 0)
            {
                lines.EnsureCapacity(Math.Max(16, text.Length / 48));
                InputLines.Split(text, lines);
                var ranges = CableSplitter.Split(lines);
                cables.Capacity = ranges.Count;
                foreach (var (start, end) in ranges)
                    cables.Add(ReadOne(lines, start, end, path, cables.Count));
            }
            if (_options.MergeSections && cables.Count > 1) cables = SectionMerger.Merge(cables);
            for (var i = 0; i < cables.Count; i++)
                if (cables[i].Source?.Index != i) cables[i] = cables[i] with { Source = new CableSource(path, i) };
            return cables;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return [Failed(text, path, 0, e)];
        }
        finally
        {
            lines.Clear();
            if (lines.Capacity <= MaxKeptLines) t_lines = lines;
        }
    }

    // A stream of cables needs room for one cable's lines at a time: room for the first is made at once (one
    // allocation however large a single cable is), a larger one later grows the list.
    private static int FirstCableLines(string text)
    {
        var span = text.AsSpan();
        var end = span.IndexOf("NNNN", StringComparison.Ordinal);
        var head = end < 0 ? span : span[..end];
        return Math.Max(head.Count('\n'), head.Count('\r')) + 1;
    }

    // A list for 64K lines (1.5 MB) is kept for reuse; a larger one, from an unusually large input, is let go.
    private const int MaxKeptLines = 1 << 16;

    [ThreadStatic] private static List<SourceLine>? t_lines;

    /// <summary>Reads the first cable in <paramref name="text"/> (sections merged).</summary>
    public Cable Read(string text, string? path = null) => ReadAll(text, path)[0];

    private static Cable ReadOne(List<SourceLine> lines, int start, int end, string? path, int index)
    {
        try
        {
            return CableAssembler.Read(lines, start, end, new CableSource(path, index));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var text = string.Join('\n', lines.Skip(start).Take(end - start).Select(l => l.Text));
            return Failed(text, path, index, e, start < lines.Count ? lines[start].Number : 1);
        }
    }

    private static Cable Failed(string text, string? path, int index, Exception e, int line = 1) => new()
    {
        Source = new CableSource(path, index),
        Body = text,
        Diagnostics = [new Diagnostic(Severity.Error, "CHN0001", line, 1, $"The reader failed on this cable ({e.GetType().Name}); its text is kept as the body.")],
    };
}
