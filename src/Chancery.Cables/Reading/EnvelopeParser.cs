namespace Chancery.Cables.Reading;

/// <summary>
/// Reads the heading of one cable: from the first line of the cable up to (not including) the first
/// line of the text (the classification line, or the line after <c>BT</c>).
/// </summary>
internal static class EnvelopeParser
{
    /// <summary>
    /// Parses the heading that starts at <paramref name="index"/>. On return <paramref name="index"/> is the
    /// index of the first text line (unchanged when there is no heading). Never throws.
    /// </summary>
    public static Envelope Parse(IReadOnlyList<SourceLine> lines, ref int index, DiagnosticBag diagnostics)
    {
        _ = lines; _ = diagnostics;
        return Envelope.None;
    }
}
