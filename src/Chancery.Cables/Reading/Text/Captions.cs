namespace Chancery.Cables.Reading.Text;

/// <summary>Distribution and handling captions (FORMAT_SPEC §3.2) and their normal spellings.</summary>
internal static class Captions
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SIPDIS"] = "SIPDIS",
        ["NOFORN"] = "NOFORN",
        ["NF"] = "NOFORN",
        ["NODIS"] = "NODIS",
        ["EXDIS"] = "EXDIS",
        ["LIMDIS"] = "LIMDIS",
        ["STADIS"] = "STADIS",
        ["SENSITIVE"] = "SENSITIVE",
        ["SBU"] = "SENSITIVE",
        ["EFTO"] = "EFTO",
        ["CHEROKEE"] = "CHEROKEE",
        ["NOCONTRACT"] = "NOCONTRACT",
        ["ORCON"] = "ORCON",
        ["PROPIN"] = "PROPIN",
        ["WNINTEL"] = "WNINTEL",
        ["TERREP"] = "TERREP",
        ["DIRGEN"] = "DIRGEN",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> is a caption; <paramref name="caption"/> is its normal spelling.</summary>
    public static bool TryNormalize(ReadOnlySpan<char> word, out string caption)
    {
        if (KnownBySpan.TryGetValue(word, out var c)) { caption = c; return true; }
        caption = "";
        return false;
    }

    /// <summary>
    /// Reads a line made only of captions (<c>SIPDIS</c>, <c>NOFORN, SIPDIS</c>, <c>SENSITIVE BUT UNCLASSIFIED</c>,
    /// <c>FOR OFFICIAL USE ONLY</c>, <c>EXDIS - DISTRIBUTE AS NODIS</c>...). Returns null when the line holds
    /// anything else first. A trailing <c>FOR ...</c> clause is returned in <paramref name="rest"/>.
    /// </summary>
    public static List<string>? TryReadLine(string line, out string? rest)
    {
        rest = null;
        var text = Words.StripPilcrow(line);
        char[]? rented = null;
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            ReadOnlySpan<char> upper = buffer[..text.ToUpperInvariant(buffer)];
            List<string>? found = null;
            var i = 0;
            while (i < upper.Length)
            {
                while (i < upper.Length && (upper[i] is ' ' or ',' or '/' or ';' or '-' or '.' or '(' or ')')) i++;
                if (i >= upper.Length) break;
                if (Match(upper, i, "SENSITIVE BUT UNCLASSIFIED", out var next) || Match(upper, i, "SENSITIVE-BUT-UNCLASSIFIED", out next))
                { Add(ref found, "SENSITIVE"); i = next; continue; }
                if (Match(upper, i, "FOR OFFICIAL USE ONLY", out next)) { Add(ref found, "SENSITIVE"); i = next; continue; }
                if (Match(upper, i, "ROGER CHANNEL", out next)) { Add(ref found, "ROGER CHANNEL"); i = next; continue; }
                if (Match(upper, i, "DISTRIBUTE AS", out next)) { i = next; continue; }
                var s = i;
                while (i < upper.Length && upper[i] is not (' ' or ',' or '/' or ';' or '.' or '(' or ')')) i++;
                var word = upper[s..i];
                if (TryNormalize(word, out var caption)) { Add(ref found, caption); continue; }
                if (found is not null && word is "FOR") { rest = text[s..].Trim().ToString(); break; }
                return null;
            }
            return found;
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static bool Match(ReadOnlySpan<char> upper, int at, string phrase, out int next)
    {
        next = at + phrase.Length;
        return upper[at..].StartsWith(phrase, StringComparison.Ordinal)
            && (next >= upper.Length || !char.IsLetterOrDigit(upper[next]));
    }

    private static void Add(ref List<string>? list, string caption)
    {
        list ??= [];
        if (!list.Contains(caption)) list.Add(caption);
    }
}
