using System.Text;
using Chancery.Cables;

namespace Chancery.Relay.Wire;

/// <summary>
/// Edits the two lines a relay changes on a transmission: FL1 (<c>VZCZC</c> + channel designator + channel serial)
/// and FL2 (the doubled precedence and the segregated routing line). Everything from FL3 (the DE line) to NNNN
/// passes unchanged (ACP 127 §301-303).
/// </summary>
internal static class TransmissionText
{
    private const int MaxLine = 69;

    /// <summary>The text from FL3 on (the DE line to NNNN), without the FL1 and FL2 lines; the whole text when it has neither.</summary>
    public static string Tail(string text) => text[TailStart(text)..];

    /// <summary>Where <see cref="Tail"/> starts in <paramref name="text"/> (a queued copy keeps a slice of the accepted text, not a second string).</summary>
    public static int TailStart(string text)
    {
        var pos = 0;
        var line = NextLine(text, ref pos, out var start);
        while (line is not null && line.Trim().Length == 0) line = NextLine(text, ref pos, out start);
        if (line is null || !line.TrimStart().StartsWith("VZCZC", StringComparison.Ordinal)) return start;
        var afterFl1 = pos;
        line = NextLine(text, ref pos, out start);
        if (line is null || !IsRoutingStart(line)) return afterFl1;
        while (true)
        {
            var before = pos;
            line = NextLine(text, ref pos, out _);
            if (line is null || !IsIndicatorsOnly(line)) return before;
        }
    }

    /// <summary>A transmission for the wire: FL1 and FL2 made new, the tail as accepted, ending in NNNN.</summary>
    public static string Compose(string channel, int serial, Precedence precedence, IReadOnlyList<string> indicators, string tail)
    {
        var text = new StringBuilder(tail.Length + 64);
        AppendTo(text, channel, serial, precedence, indicators, tail);
        return text.ToString();
    }

    /// <summary>
    /// <see cref="Compose"/> straight onto <paramref name="text"/> (a sender's batch: no string per transmission),
    /// with <c>NNNN</c> added when the tail lacks it.
    /// </summary>
    public static void AppendTo(StringBuilder text, string channel, int serial, Precedence precedence, IReadOnlyList<string> indicators, ReadOnlySpan<char> tail)
    {
        text.Append("VZCZC").Append(channel).Append(serial.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        AppendRoutingLine(text, precedence, indicators);
        text.Append(tail);
        if (tail.Length > 0 && tail[^1] != '\n') text.Append('\n');
    }

    /// <summary>FL2: the doubled prosign and the indicators, wrapped at 69 columns onto lines of indicators only.</summary>
    public static void AppendRoutingLine(StringBuilder text, Precedence precedence, IReadOnlyList<string> indicators)
    {
        var prosign = Names.Prosign(precedence);
        var lineStart = text.Length;
        text.Append(prosign).Append(prosign);
        foreach (var ri in indicators)
        {
            if (text.Length - lineStart + 1 + ri.Length > MaxLine)
            {
                text.Append('\n');
                lineStart = text.Length;
                text.Append(ri);
            }
            else text.Append(' ').Append(ri);
        }
        text.Append('\n');
    }

    private static bool IsRoutingStart(string line)
    {
        var t = line.Trim();
        return t.Length >= 2 && t[0] == t[1] && t[0] is 'Z' or 'O' or 'P' or 'R' or 'Y' && (t.Length == 2 || t[2] == ' ');
    }

    private static bool IsIndicatorsOnly(string line)
    {
        var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length > 0 && tokens.All(t => t.Length is >= 4 and <= 8 && t[0] == 'R' && t.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)))
            && !(tokens.Length == 1 && tokens[0] == "NNNN");
    }

    private static string? NextLine(string text, ref int pos, out int start)
    {
        start = pos;
        if (pos >= text.Length) return null;
        var end = text.IndexOf('\n', pos);
        if (end < 0) end = text.Length;
        var line = text[pos..end].TrimEnd('\r');
        pos = Math.Min(end + 1, text.Length);
        return line;
    }
}
