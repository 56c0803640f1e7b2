namespace Chancery.Cables.Reading;

/// <summary>
/// One originator or addressee: <c>RUEHC/SECSTATE WASHDC PRIORITY 0116</c> = routing indicator, plain-language
/// address, per-addressee precedence (<c>NIACT IMMEDIATE</c> included) and the originator's running number.
/// The indicator may be <c>ZEN</c> (delivered by other means) or absent.
/// </summary>
internal static class AddresseeLine
{
    /// <summary>Parses the addressee in <paramref name="text"/> (keyword already removed); null when it is empty.</summary>
    public static Addressee? Parse(ReadOnlySpan<char> text)
    {
        text = HeadingText.TrimBlanks(text);
        if (text.IsEmpty) return null;

        string? route = null;
        var slash = text.IndexOf('/');
        if (slash > 0 && slash + 1 < text.Length && text[slash + 1] != '/' && IsRoutePrefix(text[..slash]))
        {
            route = text[..slash].ToString();
            text = HeadingText.TrimBlanks(text[(slash + 1)..]);
        }

        // Peel the trailing groups off from the right: number, precedence, NIACT.
        int? sequence = null;
        Precedence? precedence = null;
        var niact = false;
        var end = text.Length;
        var last = LastToken(text, end, out var lastStart);
        if (lastStart > 0 && TryReadSequence(last, out var number))
        {
            sequence = number;
            end = TrimEnd(text, lastStart);
            last = LastToken(text, end, out lastStart);
        }
        if (lastStart > 0 && Names.ParsePrecedence(last) is { } p)
        {
            precedence = p;
            end = TrimEnd(text, lastStart);
            last = LastToken(text, end, out lastStart);
            if (p == Precedence.Immediate && lastStart > 0 && last.SequenceEqual("NIACT"))
            {
                niact = true;
                end = TrimEnd(text, lastStart);
            }
        }
        var address = HeadingText.CollapseBlanks(text[..end]);
        if (address.Length == 0 && route is null) return null;
        return new Addressee(route, address, precedence, niact, sequence);
    }

    /// <summary>True when the line starts with <c>RI/</c> or <c>ZEN/</c>: an addressee even without a keyword.</summary>
    public static bool HasRoutePrefix(ReadOnlySpan<char> line)
    {
        line = HeadingText.TrimBlanks(line);
        var slash = line.IndexOf('/');
        return slash > 0 && slash + 1 < line.Length && line[slash + 1] != '/' && IsRoutePrefix(line[..slash]);
    }

    // 0116, or a range 2276-2279 (one number per section of a multi-section message): the first is kept.
    private static bool TryReadSequence(ReadOnlySpan<char> token, out int sequence)
    {
        sequence = 0;
        var dash = token.IndexOf('-');
        var first = dash > 0 ? token[..dash] : token;
        if (!HeadingText.IsDigits(first) || first.Length > 5) return false;
        if (dash > 0 && (!HeadingText.IsDigits(token[(dash + 1)..]) || token.Length - dash - 1 > 5)) return false;
        sequence = HeadingText.Digits(first);
        return true;
    }

    /// <summary>True for the part before the slash of <c>RI/PLA</c>: a routing indicator or <c>ZEN</c>.</summary>
    public static bool IsRoutePrefix(ReadOnlySpan<char> s) => s.SequenceEqual("ZEN") || RoutingLine.IsRoutingIndicator(s);

    private static ReadOnlySpan<char> LastToken(ReadOnlySpan<char> text, int end, out int start)
    {
        start = end;
        while (start > 0 && !HeadingText.IsSpace(text[start - 1])) start--;
        return text[start..end];
    }

    private static int TrimEnd(ReadOnlySpan<char> text, int end)
    {
        while (end > 0 && HeadingText.IsSpace(text[end - 1])) end--;
        return end;
    }
}
