namespace Chancery.Cables.Reading;

/// <summary>
/// One physical line of the input after markup and wrappers are stripped: a range of a string (normally the
/// input itself, so reading a line allocates nothing).
/// </summary>
internal readonly struct SourceLine
{
    private readonly string _source;
    private readonly int _start;

    /// <summary>A line that is the whole of <paramref name="text"/>.</summary>
    public SourceLine(int number, int column, string text) : this(number, column, text, 0, text.Length) { }

    /// <summary>A line that is <paramref name="source"/>[start..start+length).</summary>
    public SourceLine(int number, int column, string source, int start, int length)
    {
        Number = number;
        Column = column;
        _source = source;
        _start = start;
        Length = length;
    }

    /// <summary>1-based line number in the original input.</summary>
    public int Number { get; }

    /// <summary>1-based column in the original line where the line's text starts.</summary>
    public int Column { get; }

    /// <summary>How many characters the line holds.</summary>
    public int Length { get; }

    /// <summary>The string the line is a range of.</summary>
    public string Source => _source ?? "";

    /// <summary>Where the line starts in <see cref="Source"/>.</summary>
    public int Start => _start;

    /// <summary>The line without its end-of-line characters and without trailing white space.</summary>
    public ReadOnlySpan<char> Span => _source is null ? default : _source.AsSpan(_start, Length);

    /// <summary>The line as a string: allocates unless the line is its whole source. For rare paths only.</summary>
    public string Text => _source is null ? "" : _start == 0 && Length == _source.Length ? _source : _source.Substring(_start, Length);

    /// <summary>True when the line holds nothing but white space.</summary>
    public bool IsBlank => Span.IsWhiteSpace();

    /// <summary>The same line from <paramref name="offset"/> on.</summary>
    public SourceLine Slice(int offset) => new(Number, Column + offset, Source, _start + offset, Length - offset);

    /// <inheritdoc />
    public override string ToString() => $"{Number}: {Text}";
}
