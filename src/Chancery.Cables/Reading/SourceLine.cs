namespace Chancery.Cables.Reading;

/// <summary>
/// One physical line of the input after markup and wrappers are stripped.
/// </summary>
/// <param name="Number">1-based line number in the original input.</param>
/// <param name="Column">1-based column in the original line where <paramref name="Text"/> starts.</param>
/// <param name="Text">The line without its end-of-line characters and without trailing white space.</param>
internal readonly record struct SourceLine(int Number, int Column, string Text)
{
    /// <summary>True when the line holds nothing but white space.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    /// <inheritdoc />
    public override string ToString() => $"{Number}: {Text}";
}
