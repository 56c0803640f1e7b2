namespace Chancery.Cables.Reading.Text;

/// <summary>Reads a Classified By line: who classified the cable and the E.O. reasons.</summary>
internal static class ClassifiedByText
{
    /// <summary>Parses the value after <c>Classified By:</c>, e.g. <c>DCM Roderick Moore, reasons 1.4 (b,d)</c>.</summary>
    public static ClassifiedBy Parse(string value)
    {
        var text = Words.Collapse(value);
        var reasonAt = FindReasonWord(text);
        var who = reasonAt >= 0 ? text[..reasonAt] : text;
        var reasons = reasonAt >= 0 ? ParseReasons(text.AsSpan(reasonAt)) : ParseReasons(text.AsSpan(FindNumber(text)));
        if (reasonAt < 0 && reasons.Count > 0) who = text[..FindNumber(text)];
        who = TrimWho(who);
        return new ClassifiedBy(who, [.. reasons]);
    }

    private static int FindReasonWord(string text)
    {
        var i = Words.IndexOfWord(text, "REASONS");
        if (i < 0) i = Words.IndexOfWord(text, "REASON");
        if (i < 0) return -1;
        // include a preceding "FOR" / "FOR THE"
        var head = text.AsSpan(0, i).TrimEnd();
        if (head.EndsWith("FOR", StringComparison.OrdinalIgnoreCase)) return head.Length - 3;
        if (head.EndsWith("FOR THE", StringComparison.OrdinalIgnoreCase)) return head.Length - 7;
        return i;
    }

    private static int FindNumber(string text)
    {
        for (var i = 0; i + 2 < text.Length; i++)
            if (text[i] == '1' && text[i + 1] == '.' && char.IsAsciiDigit(text[i + 2]) && (i == 0 || !char.IsAsciiDigit(text[i - 1])))
                return i;
        return text.Length;
    }

    private static string TrimWho(string who)
    {
        var s = who.AsSpan().Trim().TrimEnd(" ,;:.-(".AsSpan());
        if (s.StartsWith("CLASSIFIED BY", StringComparison.OrdinalIgnoreCase)) s = s[13..].TrimStart(" :".AsSpan());
        return s.ToString();
    }

    /// <summary>Collects reasons like <c>1.4(b)</c> from text such as <c>REASONS 1.4 (B) AND (D)</c> or <c>1.5 (b,d)</c>.</summary>
    internal static List<string> ParseReasons(ReadOnlySpan<char> s)
    {
        var reasons = new List<string>();
        var section = "";
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c) && i + 2 < s.Length && s[i + 1] == '.' && char.IsAsciiDigit(s[i + 2]))
            {
                section = s.Slice(i, 3).ToString();
                i += 3;
                continue;
            }
            if (section.Length > 0 && char.IsAsciiLetter(c) && (i == 0 || !char.IsAsciiLetter(s[i - 1]))
                && (i + 1 >= s.Length || !char.IsAsciiLetter(s[i + 1])))
            {
                var letter = char.ToLowerInvariant(c);
                if (letter is >= 'a' and <= 'h')
                {
                    var r = $"{section}({letter})";
                    if (!reasons.Contains(r)) reasons.Add(r);
                }
                i++;
                continue;
            }
            if (section.Length > 0 && char.IsAsciiLetter(c) && i + 2 < s.Length && IsWordAt(s, i, "AND")) { i += 3; continue; }
            if (section.Length > 0 && char.IsAsciiLetter(c))
            {
                // a word other than AND ends the reasons
                var w = i;
                while (w < s.Length && char.IsAsciiLetter(s[w])) w++;
                if (reasons.Count > 0) break;
                i = w;
                continue;
            }
            i++;
        }
        return reasons;
    }

    private static bool IsWordAt(ReadOnlySpan<char> s, int i, string word) =>
        s[i..].StartsWith(word, StringComparison.OrdinalIgnoreCase)
        && (i + word.Length >= s.Length || !char.IsAsciiLetter(s[i + word.Length]));
}
