namespace Chancery.Cables.Reading;

/// <summary>
/// Recognises page continuation headers that printers and archives inserted into the text:
/// State's <c>ASTANA 00000038 001.2 OF 002</c>, the 1970s <c>PAGE 02 ROME 01196 01 OF 02 082030Z</c>
/// (often with a repeated classification banner line before it).
/// </summary>
internal static class PageHeader
{
    private const int MaxOriginWords = 3;

    // State prints the origin cut to ten characters (PORT AU PR, RIO DE JAN, USUN NEW Y); longer is text.
    private const int MaxStateOriginLength = 10;

    /// <summary>
    /// True when <paramref name="line"/> starts with a page header. <paramref name="length"/> is how many
    /// characters the header takes; any text after it on the same line is ordinary text.
    /// </summary>
    /// <remarks>
    /// Accepted: <c>ORIGIN NNNNNNNN NNN[.N] OF NNN</c> (8-digit serial, origin of at most ten characters) and
    /// <c>PAGE NN ORIGIN SERIAL [NN OF NN] DDHHMMZ</c>; the PAGE form without a DTG only when nothing follows.
    /// Leading blanks and the blanks after the header count in <paramref name="length"/>.
    /// </remarks>
    public static bool TryMatch(ReadOnlySpan<char> line, out int length)
    {
        length = 0;
        if (line.IsEmpty) return false;
        var text = line;
        var start = HeadingText.SkipSpaces(text, 0);
        // Cheap gates first: the PAGE form starts with PAGE, the State form has " OF " (any case).
        var pageForm = text[start..].StartsWith("PAGE ");
        if (!pageForm && text.IndexOf(" OF ", StringComparison.Ordinal) < 0 && text.IndexOf(" of ", StringComparison.Ordinal) < 0)
            return false;
        if (!TryMatchPageForm(text, start, out var end) && !TryMatchStateForm(text, start, out end)) return false;
        length = HeadingText.SkipSpaces(text, end);
        return true;
    }

    private static bool TryMatchPageForm(ReadOnlySpan<char> text, int pos, out int end)
    {
        end = 0;
        if (!HeadingText.NextToken(text, ref pos).SequenceEqual("PAGE")) return false;
        var page = HeadingText.NextToken(text, ref pos);
        if (!HeadingText.IsDigits(page) || page.Length > 3) return false;
        if (!SkipOrigin(text, ref pos, upperOnly: true)) return false;
        var serial = HeadingText.NextToken(text, ref pos);
        if (!HeadingText.IsDigits(serial) || serial.Length is < 3 or > 8) return false;
        var afterSerial = pos;

        var p = pos;
        var token = HeadingText.NextToken(text, ref p);
        if (HeadingText.IsDigits(token) && token.Length <= 3)
        {
            // NN OF NN (the section of the message).
            if (!HeadingText.NextToken(text, ref p).SequenceEqual("OF")) return false;
            if (!HeadingText.IsDigits(HeadingText.NextToken(text, ref p))) return false;
            afterSerial = p;
            token = HeadingText.NextToken(text, ref p);
        }
        if (DateTimeGroup.IsDayTimeToken(token)) { end = p; return true; }
        // Without a DTG the header must stand alone on its line, or ordinary text could be taken for it.
        if (HeadingText.SkipSpaces(text, afterSerial) != text.Length) return false;
        end = afterSerial;
        return true;
    }

    private static bool TryMatchStateForm(ReadOnlySpan<char> text, int pos, out int end)
    {
        end = 0;
        var originStart = HeadingText.SkipSpaces(text, pos);
        if (!SkipOrigin(text, ref pos, upperOnly: false) || pos - originStart > MaxStateOriginLength) return false;
        var serial = HeadingText.NextToken(text, ref pos);
        if (serial.Length != 8 || !HeadingText.IsDigits(serial)) return false;
        var page = HeadingText.NextToken(text, ref pos);
        if (!IsPageNumber(page)) return false;
        if (!HeadingText.NextToken(text, ref pos).Equals("OF", StringComparison.OrdinalIgnoreCase)) return false;
        var count = HeadingText.NextToken(text, ref pos);
        if (count.Length != 3 || !HeadingText.IsDigits(count)) return false;
        end = pos;
        return true;
    }

    // 001 or 001.2
    private static bool IsPageNumber(ReadOnlySpan<char> token) =>
        (token.Length == 3 && HeadingText.IsDigits(token))
        || (token.Length == 5 && token[3] == '.' && HeadingText.IsDigits(token[..3]) && char.IsAsciiDigit(token[4]));

    // One to three words of letters (ROME, SAN JOSE, PORT-AU-PRINCE); stops before the first token that is not a word.
    private static bool SkipOrigin(ReadOnlySpan<char> text, ref int pos, bool upperOnly)
    {
        var words = 0;
        while (true)
        {
            var p = pos;
            var token = HeadingText.NextToken(text, ref p);
            if (!IsOriginWord(token, upperOnly)) return words > 0;
            if (++words > MaxOriginWords) return false;
            pos = p;
        }
    }

    private static bool IsOriginWord(ReadOnlySpan<char> token, bool upperOnly)
    {
        if (token.IsEmpty || !char.IsAsciiLetter(token[0])) return false;
        foreach (var c in token)
        {
            if (c is '-' or '.') continue;
            if (upperOnly ? !char.IsAsciiLetterUpper(c) : !char.IsAsciiLetter(c)) return false;
        }
        return true;
    }
}
