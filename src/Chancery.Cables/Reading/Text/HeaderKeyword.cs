namespace Chancery.Cables.Reading.Text;

/// <summary>The text-header constructs a line can open.</summary>
internal enum HeaderKind
{
    None,
    ExecutiveOrder,
    ClassifiedBy,
    Tags,
    Subject,
    References,
}

/// <summary>
/// Finds where text-header constructs start in a line. Cablegate copies often run several together
/// (<c>SUBJECT: ... REF: TRIPOLI 126</c>, <c>COMMERCE FOR X E.O. 12958: DECL: 3/13/2018</c>), so a line is
/// cut into segments at each keyword.
/// </summary>
internal static class HeaderKeyword
{
    /// <summary>A keyword found in a line: its kind, where it starts and where its value starts.</summary>
    public readonly record struct Hit(HeaderKind Kind, int Start, int ValueStart);

    /// <summary>Every construct start in the line, in order of position.</summary>
    public static List<Hit> Find(ReadOnlySpan<char> line)
    {
        var hits = new List<Hit>(2);
        Find(line, hits);
        return hits;
    }

    /// <summary>Puts every construct start in the line into <paramref name="hits"/> (cleared first), in order of position.</summary>
    public static void Find(ReadOnlySpan<char> line, List<Hit> hits)
    {
        hits.Clear();
        char[]? rented = null;
        var upper = line.Length <= 512 ? stackalloc char[line.Length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(line.Length)).AsSpan(0, line.Length);
        line.ToUpperInvariant(upper);
        FindUpper(upper, hits);
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
    }

    private static void FindUpper(ReadOnlySpan<char> upper, List<Hit> hits)
    {
        for (var i = 0; i < upper.Length; i++)
        {
            var c = upper[i];
            if (c is not ('E' or 'C' or 'T' or 'S' or 'R' or 'U')) continue;
            if (i > 0 && (char.IsLetterOrDigit(upper[i - 1]) || upper[i - 1] == '.' || upper[i - 1] == '-' || upper[i - 1] == '/')) continue;
            var atStart = IsLineStart(upper, i);
            Hit? hit = c switch
            {
                'E' => ExecutiveOrder(upper, i),
                'C' => Prefix(upper, i, "CLASSIFIED BY", HeaderKind.ClassifiedBy, requireColon: false),
                'T' => Prefix(upper, i, "TAGS", HeaderKind.Tags, requireColon: !atStart)
                       ?? Prefix(upper, i, "TAG", HeaderKind.Tags, requireColon: true),
                'S' => Prefix(upper, i, "SUBJECT", HeaderKind.Subject, requireColon: !atStart)
                       ?? Prefix(upper, i, "SUBJ", HeaderKind.Subject, requireColon: !atStart),
                // archive copies sometimes lose a line's first letter
                'U' => Prefix(upper, i, "UBJECT", HeaderKind.Subject, requireColon: true),
                'R' => Reference(upper, i, atStart),
                _ => null,
            };
            if (hit is { } h)
            {
                hits.Add(h);
                i = h.ValueStart - 1;
            }
        }
    }

    private static bool IsLineStart(ReadOnlySpan<char> upper, int i)
    {
        for (var k = 0; k < i; k++) if (upper[k] is not (' ' or '\u00B6' or '-')) return false;
        return true;
    }

    private static Hit? Prefix(ReadOnlySpan<char> upper, int i, string word, HeaderKind kind, bool requireColon)
    {
        if (!upper[i..].StartsWith(word, StringComparison.Ordinal)) return null;
        var j = i + word.Length;
        if (j < upper.Length && char.IsLetterOrDigit(upper[j])) return null;
        var k = j;
        while (k < upper.Length && upper[k] == ' ') k++;
        var colon = k < upper.Length && (upper[k] == ':' || (upper[k] == '-' && kind == HeaderKind.Subject));
        if (requireColon && !colon) return null;
        if (!colon && kind != HeaderKind.ClassifiedBy && k >= upper.Length) return null;
        if (colon) k++;
        while (k < upper.Length && upper[k] == ' ') k++;
        return new Hit(kind, i, k);
    }

    // E.O. 12958, EO 12958, E. O. 12958, E.0. 12958, E.O.12958
    private static Hit? ExecutiveOrder(ReadOnlySpan<char> upper, int i)
    {
        var j = i + 1;
        if (j < upper.Length && upper[j] == '.') j++;
        if (j < upper.Length && upper[j] == ' ') j++;
        if (j >= upper.Length || upper[j] is not ('O' or '0')) return null;
        j++;
        if (j < upper.Length && upper[j] == '.') j++;
        while (j < upper.Length && upper[j] is ' ' or ':') j++;
        var d = j;
        while (d < upper.Length && char.IsAsciiDigit(upper[d])) d++;
        if (d - j != 5) return null;
        return new Hit(HeaderKind.ExecutiveOrder, i, j);
    }

    // REF:, REFS:, REFTEL:, REFTELS:, REFERENCE(S):, and at line start "REF A) ..." / "REF (A)".
    private static Hit? Reference(ReadOnlySpan<char> upper, int i, bool atStart)
    {
        foreach (var word in (ReadOnlySpan<string>)["REFTELS", "REFTEL", "REFERENCES", "REFERENCE", "REF(S)", "REFS", "REF"])
        {
            if (!upper[i..].StartsWith(word, StringComparison.Ordinal)) continue;
            var j = i + word.Length;
            if (j < upper.Length && char.IsLetterOrDigit(upper[j])) return null;
            var k = j;
            while (k < upper.Length && upper[k] == ' ') k++;
            if (k < upper.Length && upper[k] == ':') return new Hit(HeaderKind.References, i, SkipSpaces(upper, k + 1));
            if (atStart && k == j && k < upper.Length && upper[k] == '.' && k + 1 < upper.Length && upper[k + 1] == ' ')
                return new Hit(HeaderKind.References, i, SkipSpaces(upper, k + 1));
            if (!atStart) return null;
            if (word is "REFTEL" or "REFTELS" && k < upper.Length) return new Hit(HeaderKind.References, i, k);
            // REF BRASILIA 1837: a station and a number follow directly
            if (word is "REF" or "REFS" && k < upper.Length && char.IsAsciiLetter(upper[k]) && HasDigitsSoon(upper, k)) return new Hit(HeaderKind.References, i, k);
            // REF A) / REF (A) / REF: missing colon before a bullet or a cable number
            if (k + 1 < upper.Length && ((char.IsAsciiLetterUpper(upper[k]) && upper[k + 1] is ')' or '.' or ':')
                || (upper[k] == '(' && k + 2 < upper.Length && upper[k + 2] == ')')))
                return new Hit(HeaderKind.References, i, k);
            return null;
        }
        return null;
    }

    private static bool HasDigitsSoon(ReadOnlySpan<char> s, int k)
    {
        var words = 0;
        for (var i = k; i < s.Length && i < k + 40; i++)
        {
            if (char.IsAsciiDigit(s[i])) return words <= 4;
            if (s[i] == ' ') words++;
            else if (!char.IsAsciiLetter(s[i])) return false;
        }
        return false;
    }

    private static int SkipSpaces(ReadOnlySpan<char> s, int k)
    {
        while (k < s.Length && s[k] == ' ') k++;
        return k;
    }
}
