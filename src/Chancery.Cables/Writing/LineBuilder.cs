namespace Chancery.Cables.Writing;

/// <summary>
/// Collects physical output lines: each logical line is wrapped to <see cref="CableWriter.MaxLineLength"/>,
/// and blank lines never repeat or open the list.
/// </summary>
internal sealed class LineBuilder
{
    private readonly List<string> _lines = [];

    /// <summary>The lines so far.</summary>
    public List<string> Lines => _lines;

    /// <summary>Adds <paramref name="safeText"/> (ITA2-safe, single-spaced), wrapped on spaces.</summary>
    public void Add(string safeText)
    {
        if (safeText.Length == 0) return;
        LineWrapper.Wrap(safeText, CableWriter.MaxLineLength, _lines);
    }

    /// <summary>Adds a blank line unless the list is empty or already ends with one.</summary>
    public void Blank()
    {
        if (_lines.Count > 0 && _lines[^1].Length != 0) _lines.Add("");
    }

    /// <summary>Removes blank lines at the end.</summary>
    public void TrimEnd()
    {
        while (_lines.Count > 0 && _lines[^1].Length == 0) _lines.RemoveAt(_lines.Count - 1);
    }
}
