namespace Chancery.Cables.Rules;

/// <summary>A 1-based line and column in the cable text.</summary>
internal readonly record struct TextPosition(int Line, int Column)
{
    /// <summary>Where a finding goes when the text is not given or the place cannot be found.</summary>
    public static TextPosition Start { get; } = new(1, 1);
}
