namespace Chancery.Cables.Reading.Text;

/// <summary>Portion marks: <c>(U)</c>, <c>(SBU)</c>, <c>(C)</c>, <c>(S//NF)</c>, <c>(S/REL CHINA)</c>...</summary>
internal static class PortionMark
{
    private static readonly HashSet<string> Levels = new(StringComparer.Ordinal)
    {
        "U", "SBU", "C", "S", "TS", "LOU", "FOUO", "UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "UNCLAS", "CUI",
    };

    /// <summary>
    /// Reads a portion mark at the start of <paramref name="text"/>. Returns the mark upper case without
    /// parentheses and the length it took (with trailing spaces), or null.
    /// </summary>
    public static string? TryRead(ReadOnlySpan<char> text, out int length)
    {
        length = 0;
        var open = text.IndexOf('(');
        if (open < 0 || !text[..open].IsWhiteSpace()) return TryReadUnopened(text, out length);
        var close = text[open..].IndexOf(')');
        if (close <= 1 || close > 30) return null;
        var inner = text.Slice(open + 1, close - 1).Trim();
        var mark = Normalize(inner);
        if (mark is null) return null;
        length = open + close + 1;
        while (length < text.Length && text[length] == ' ') length++;
        return mark;
    }

    // "U) text" where the "(" was lost.
    private static string? TryReadUnopened(ReadOnlySpan<char> text, out int length)
    {
        length = 0;
        var close = text.IndexOf(')');
        if (close is <= 0 or > 6) return null;
        var mark = Normalize(text[..close].Trim());
        if (mark is null) return null;
        length = close + 1;
        while (length < text.Length && text[length] == ' ') length++;
        return mark;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LevelsBySpan = Levels.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<char> Cuts = System.Buffers.SearchValues.Create("/ -\\");

    /// <summary>The normal form of a mark's inside, or null when it is not a portion mark.</summary>
    public static string? Normalize(ReadOnlySpan<char> inner)
    {
        if (inner.IsEmpty || inner.Length > 28) return null;
        Span<char> buffer = stackalloc char[inner.Length];
        var length = inner.ToUpperInvariant(buffer);
        ReadOnlySpan<char> upper = buffer[..length];
        var cut = upper.IndexOfAny(Cuts);
        var first = cut > 0 ? upper[..cut] : upper;
        if (!LevelsBySpan.Contains(first)) return null;
        foreach (var c in upper)
            if (!(char.IsAsciiLetterUpper(c) || c is '/' or ' ' or '-' or ',' or '\\')) return null;
        // A bare level (U, C, SBU) is the set's own string: the common marks cost nothing.
        return cut > 0 || !LevelsBySpan.TryGetValue(upper, out var level) ? upper.ToString() : level;
    }

    /// <summary>The level a portion mark stands for, or null.</summary>
    public static Classification? LevelOf(string mark)
    {
        var cut = mark.IndexOfAny(['/', ' ', '-', '\\']);
        var first = cut > 0 ? mark[..cut] : mark;
        return first switch
        {
            "U" or "SBU" or "UNCLASSIFIED" or "UNCLAS" or "FOUO" or "CUI" => Classification.Unclassified,
            "LOU" => Classification.LimitedOfficialUse,
            "C" or "CONFIDENTIAL" => Classification.Confidential,
            "S" or "SECRET" => Classification.Secret,
            "TS" => Classification.TopSecret,
            _ => null,
        };
    }
}
