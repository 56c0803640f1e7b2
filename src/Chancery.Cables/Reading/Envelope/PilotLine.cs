namespace Chancery.Cables.Reading;

/// <summary>
/// A pilot line of format line 1: an operating signal such as <c>ZOV</c>, <c>ZFD</c>, <c>ZDG</c> or <c>ZEL</c>
/// followed by routing indicators and further signals, added by a relay in front of the routing line.
/// Recognised so it is not taken for junk; its content is not kept.
/// </summary>
internal static class PilotLine
{
    /// <summary>True for a line made of a Z signal followed only by signals, doubled prosigns and routing indicators.</summary>
    public static bool IsPilot(ReadOnlySpan<char> line)
    {
        if (line.Length < 3 || line[0] != 'Z') return false;
        var pos = 0;
        var first = HeadingText.NextToken(line, ref pos);
        if (!IsSignal(first) || first.SequenceEqual("ZNR") || first.SequenceEqual("ZNY")) return false;
        while (true)
        {
            var token = HeadingText.NextToken(line, ref pos);
            if (token.IsEmpty) return true;
            if (!IsSignal(token) && !RoutingLine.IsRoutingIndicator(token) && !IsDoubledProsign(token)) return false;
        }
    }

    private static bool IsSignal(ReadOnlySpan<char> token) => token.Length == 3 && token[0] == 'Z' && HeadingText.IsUpperLetters(token);

    private static bool IsDoubledProsign(ReadOnlySpan<char> token) =>
        token.Length == 2 && token[0] == token[1] && token[0] is 'Z' or 'O' or 'P' or 'R' or 'Y';
}
