namespace Chancery.Cables.Writing;

/// <summary>
/// Keeps message text from looking like transmission control: <c>ZCZC</c> starts and <c>NNNN</c> ends a
/// message on automatic relays (ACP 127 §202c), and a physical line holding only <c>BT</c> ends the text.
/// </summary>
internal static class TextGuard
{
    /// <summary>Letter-spaces <c>ZCZC</c> and runs of four <c>N</c>; used on every text value before wrapping.</summary>
    public static string Apply(string safeText)
    {
        if (safeText.Contains("ZCZC", StringComparison.Ordinal))
            safeText = safeText.Replace("ZCZC", "Z C Z C", StringComparison.Ordinal);
        if (safeText.Contains("NNNN", StringComparison.Ordinal))
            safeText = safeText.Replace("NNNN", "N N N N", StringComparison.Ordinal);
        return safeText;
    }

    /// <summary>A physical text line that reads <c>BT</c> gets a full stop so it is not taken for the separator.</summary>
    public static string GuardLine(string line) => line == "BT" ? "BT." : line;

    /// <summary>Transliterates <paramref name="text"/> to one ITA2-safe line and guards it.</summary>
    public static string Clean(string? text) => Apply(Ita2.Transliterate(text));
}
