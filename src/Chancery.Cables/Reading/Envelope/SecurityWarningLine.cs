namespace Chancery.Cables.Reading;

/// <summary>
/// Format line 4: the security warning <c>ZNR UUUUU</c> / <c>ZNY CCCCC</c> (first letter repeated: the level
/// the circuit must be approved for), optionally with a suffix (<c>ZNR UUUAA</c>, <c>ZNY SSSSS/BBBBB</c>), then
/// operating signals (<c>ZZH</c>). Parenthesised remarks after the signals are ignored.
/// </summary>
internal static class SecurityWarningLine
{
    /// <summary>The parts of the line.</summary>
    /// <param name="Text">The warning as written, e.g. <c>ZNR UUUUU</c>.</param>
    /// <param name="Level">The level its letter names, or null (<c>E</c> EFTO counts as unclassified; <c>R</c> RESTRICTED has none).</param>
    /// <param name="Signals">The operating signals after the warning.</param>
    public readonly record struct Parts(string Text, Classification? Level, EquatableList<string> Signals);

    /// <summary>True when the line starts with <c>ZNR</c> or <c>ZNY</c> and a group of letters.</summary>
    public static bool TryParse(ReadOnlySpan<char> line, out Parts parts)
    {
        parts = default;
        if (line.Length < 5 || line[0] != 'Z' || line[1] != 'N') return false;
        var pos = 0;
        var prosign = HeadingText.NextToken(line, ref pos);
        if (!prosign.SequenceEqual("ZNR") && !prosign.SequenceEqual("ZNY")) return false;
        var groupStart = HeadingText.SkipSpaces(line, pos);
        var group = HeadingText.NextToken(line, ref pos);
        if (group.Length < 3 || !char.IsAsciiLetterUpper(group[0])) return false;
        var groupEnd = group.IndexOf('(');
        if (groupEnd >= 0) group = group[..groupEnd];
        var text = line[(HeadingText.SkipSpaces(line, 0))..(groupStart + group.Length)];

        var signals = new List<string>(2);
        while (true)
        {
            var token = HeadingText.NextToken(line, ref pos);
            if (token.IsEmpty || token[0] == '(') break;
            var paren = token.IndexOf('(');
            if (paren >= 0) token = token[..paren];
            // Signals are three letters, Z first; a run like ZZHZDF holds two.
            if (token.Length % 3 != 0 || token[0] != 'Z' || !HeadingText.IsUpperLetters(token)) break;
            for (var i = 0; i < token.Length; i += 3) signals.Add(token.Slice(i, 3).ToString());
            if (paren >= 0) break;
        }
        parts = new Parts(text.ToString(), LevelOf(group[0]), signals.Count == 0 ? [] : signals.ToEquatableList());
        return true;
    }

    private static Classification? LevelOf(char letter) => letter switch
    {
        'U' => Classification.Unclassified,
        // EFTO: unclassified, encrypted for transmission only.
        'E' => Classification.Unclassified,
        'C' => Classification.Confidential,
        'S' => Classification.Secret,
        'T' => Classification.TopSecret,
        _ => null,
    };
}
