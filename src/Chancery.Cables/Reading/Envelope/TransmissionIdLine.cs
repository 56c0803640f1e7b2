namespace Chancery.Cables.Reading;

/// <summary>
/// Format line 1, the transmission identification: <c>VZCZCXRO1728</c> (automatic relay: channel XRO, serial
/// 1728) or <c>VV ABC027</c> (manual relay).
/// </summary>
internal static class TransmissionIdLine
{
    /// <summary>The parts of a transmission identification.</summary>
    /// <param name="Id">The identification without <c>VZCZC</c>/<c>VV</c>, e.g. <c>XRO1728</c>.</param>
    /// <param name="Channel">The leading letters, e.g. <c>XRO</c>, or null.</param>
    /// <param name="Serial">The trailing digits, or null when there are none.</param>
    public readonly record struct Parts(string Id, string? Channel, int? Serial);

    /// <summary>True when the line is a transmission identification (leading blanks allowed).</summary>
    public static bool TryParse(ReadOnlySpan<char> line, out Parts parts)
    {
        parts = default;
        var pos = HeadingText.SkipSpaces(line, 0);
        if (pos >= line.Length || line[pos] != 'V') return false;
        var first = HeadingText.NextToken(line, ref pos);
        ReadOnlySpan<char> id;
        if (first.StartsWith("VZCZC", StringComparison.Ordinal))
            id = first[5..];
        else if (first.SequenceEqual("VV"))
        {
            id = HeadingText.NextToken(line, ref pos);
            if (id.IsEmpty) return false;
        }
        else return false;
        if (HeadingText.SkipSpaces(line, pos) != line.Length) return false;
        if (id.IsEmpty) { parts = new Parts("", null, null); return true; }
        if (!HeadingText.IsUpperAlphanumeric(id)) return false;
        var letters = 0;
        while (letters < id.Length && char.IsAsciiLetterUpper(id[letters])) letters++;
        var digits = id[letters..];
        parts = new Parts(
            id.ToString(),
            letters > 0 ? id[..letters].ToString() : null,
            HeadingText.IsDigits(digits) ? HeadingText.Digits(digits) : null);
        return true;
    }
}
