namespace Chancery.Cables.Reading.Text;

/// <summary>
/// The first line of the text: classification, captions, <c>SECTION n OF m</c> and the message number,
/// e.g. <c>C O N F I D E N T I A L SECTION 01 OF 03 HARARE 006677</c> or <c>UNCLAS E F T O ROME 001196</c>.
/// </summary>
internal sealed record ClassificationLine(
    Classification Level,
    EquatableList<string> Captions,
    int? Section,
    int? SectionCount,
    string? Station,
    int? Serial,
    int StationOffset)
{
    /// <summary>Text after the message number on the same line (headers glued into one line), or empty.</summary>
    public string Rest { get; init; } = "";

    /// <summary>Reads a classification line, or returns null when the line does not start with a level.</summary>
    public static ClassificationLine? TryParse(string line) => TryParse(line.AsSpan());

    /// <summary>Reads a classification line, or returns null when the line does not start with a level.</summary>
    public static ClassificationLine? TryParse(ReadOnlySpan<char> line)
    {
        if (!MayBeClassificationLine(line)) return null;
        var text = StripLeadingJunk(Words.StripPilcrow(line));
        var tokens = LetterSpacedTokens.Cut(text);
        SplitGluedLevel(tokens);
        if (tokens.Count == 0) return null;
        var k = 0;
        var level = ReadLevel(tokens, ref k);
        if (level is null) return null;
        List<string>? captions = null;
        int? section = null, count = null;
        var stationStart = -1;
        var stationWords = 0;
        int? serial = null;
        var stationOffset = 0;
        var rest = "";
        for (; k < tokens.Count; k++)
        {
            var w = tokens[k].Trim("().:");
            if (w.Length == 0) continue;
            if (Text.Captions.TryNormalize(w, out var caption))
            {
                captions ??= [];
                if (level == Classification.Unclassified && caption == "EFTO") AddOnce(captions, "SENSITIVE");
                AddOnce(captions, caption);
                stationWords = 0;
                continue;
            }
            if (Words.IsLetters(w) && w is not "OF" && TryReadSection(tokens, ref k, out var n, out var m))
            {
                section = n; count = m;
                stationWords = 0;
                continue;
            }
            if (Words.IsDigits(w) && stationWords > 0)
            {
                serial = int.TryParse(w.Length > 9 ? w[^9..] : w, out var s) ? s : null;
                stationOffset = tokens.Offset(stationStart);
                var restAt = tokens.Offset(k) + tokens[k].Length;
                rest = restAt < text.Length ? text[restAt..].Trim().ToString() : "";
                break;
            }
            if (Words.IsLetters(w))
            {
                if (stationWords == 0) stationStart = k;
                stationWords++;
                continue;
            }
            stationWords = 0;
        }
        var station = serial is null ? null : JoinStation(tokens, stationStart, k);
        return new ClassificationLine(level.Value, captions is null ? EquatableList<string>.Empty : [.. captions], section, count, station, serial, stationOffset) { Rest = rest };
    }

    // The station is the letter words from stationStart up to the serial, joined; tokens that trim to nothing
    // stand between them without breaking the run.
    private static string JoinStation(LetterSpacedTokens tokens, int from, int serialAt)
    {
        var length = 0;
        for (var k = from; k < serialAt; k++) length += tokens[k].Trim("().:").Length;
        Span<char> buffer = length <= 256 ? stackalloc char[length] : new char[length];
        var at = 0;
        for (var k = from; k < serialAt; k++)
        {
            var w = tokens[k].Trim("().:");
            w.CopyTo(buffer[at..]);
            at += w.Length;
        }
        return new string(buffer);
    }

    private const int LongestClassificationLine = 400;

    // Cheap gate before tokenising: the first token, read as LetterSpacedTokens would read it, must be a word
    // that ReadLevel accepts (or a level cut short that SplitGluedLevel repairs). Nothing is allocated.
    private static bool MayBeClassificationLine(ReadOnlySpan<char> line)
    {
        if (line.TrimStart().Length > LongestClassificationLine) return false;
        var t = Words.StripPilcrow(line);
        var junk = 0;
        while (junk < t.Length && (t[junk] == '"' || char.IsAsciiDigit(t[junk]))) junk++;
        if (junk > 0 && junk < t.Length && char.IsAsciiLetterUpper(t[junk])) t = t[junk..];
        Span<char> word = stackalloc char[MaxLevelWord];
        var length = 0;
        var pos = 0;
        var first = NextRawToken(t, ref pos);
        if (IsSingleLetter(first))
        {
            word[length++] = char.ToUpperInvariant(first[0]);
            var p = pos;
            var next = NextRawToken(t, ref p);
            while (IsSingleLetter(next) && length < MaxLevelWord)
            {
                word[length++] = char.ToUpperInvariant(next[0]);
                pos = p;
                next = NextRawToken(t, ref p);
            }
            if (IsSingleLetter(next)) return false;
        }
        else
        {
            if (first.Length > MaxLevelWord) return false;
            length = first.ToUpperInvariant(word);
        }
        ReadOnlySpan<char> upper = word[..length];
        var level = upper.TrimEnd(":.");
        if (level is "UNCLAS" or "UNCLASSIFIED" or "UNCLASS" or "NCLAS" or "NCLASSIFIED" or "CONFIDENTIAL" or "ONFIDENTIAL"
            or "SECRET" or "ECRET" or "TOPSECRET" or "LIMITEDOFFICIALUSE" or "LOU" or "TOP" or "LIMITED")
            return true;
        foreach (var glued in (ReadOnlySpan<string>)["CONFIDENTIAL", "SECRET", "UNCLASSIFIED"])
            if (upper.Length < glued.Length && upper.Length >= glued.Length - 2 && glued.AsSpan().StartsWith(upper, StringComparison.Ordinal))
                return true;
        return false;
    }

    private const int MaxLevelWord = 24;

    // The tokeniser merges tokens that are one ASCII letter once upper-cased.
    private static bool IsSingleLetter(ReadOnlySpan<char> token) => token.Length == 1 && char.IsAsciiLetter(char.ToUpperInvariant(token[0]));

    // The next token as LetterSpacedTokens cuts them, before merging: a run of non-separators.
    private static ReadOnlySpan<char> NextRawToken(ReadOnlySpan<char> line, ref int i)
    {
        while (i < line.Length && IsSeparator(line, i)) i++;
        var start = i;
        while (i < line.Length && !IsSeparator(line, i)) i++;
        return line[start..i];
    }

    private static bool IsSeparator(ReadOnlySpan<char> line, int i)
    {
        var c = line[i];
        if (c is ' ' or '\t' or ',' or ';') return true;
        return c == '/' && ((i + 1 < line.Length && line[i + 1] == '/') || (i > 0 && line[i - 1] == '/'));
    }

    // A CSV quote or a row number glued before the level: "S E C R E T..., 167579C O N F I D E N T I A L...
    private static ReadOnlySpan<char> StripLeadingJunk(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && (text[i] == '"' || char.IsAsciiDigit(text[i]))) i++;
        return i > 0 && i < text.Length && char.IsAsciiLetterUpper(text[i]) ? text[i..] : text;
    }

    // "C O N F I D E N T I A LCAIRO": the level's last letter glued to the station.
    private static void SplitGluedLevel(LetterSpacedTokens tokens)
    {
        if (tokens.Count < 2) return;
        var first = tokens[0];
        foreach (var level in (ReadOnlySpan<string>)["CONFIDENTIAL", "SECRET", "UNCLASSIFIED"])
        {
            if (first.Length >= level.Length || first.Length < level.Length - 2 || !level.AsSpan().StartsWith(first, StringComparison.Ordinal)) continue;
            var missing = level.AsSpan(first.Length);
            var next = tokens[1];
            if (!next.StartsWith(missing, StringComparison.Ordinal) || next.Length == missing.Length) continue;
            tokens.DropStart(1, missing.Length);
            tokens.Replace(0, level);
            return;
        }
    }

    private static Classification? ReadLevel(LetterSpacedTokens tokens, ref int k)
    {
        var first = tokens[0].TrimEnd(":.");
        switch (first)
        {
            case "UNCLAS" or "UNCLASSIFIED" or "UNCLASS" or "NCLAS" or "NCLASSIFIED":
                k = 1; return Classification.Unclassified;
            case "CONFIDENTIAL" or "ONFIDENTIAL":
                k = 1; return Classification.Confidential;
            case "SECRET" or "ECRET":
                k = 1; return Classification.Secret;
            case "TOPSECRET":
                k = 1; return Classification.TopSecret;
            case "LIMITEDOFFICIALUSE" or "LOU":
                k = 1; return Classification.LimitedOfficialUse;
            case "TOP" when tokens.Count > 1 && tokens[1] is "SECRET":
                k = 2; return Classification.TopSecret;
            case "LIMITED" when tokens.Count > 2 && tokens[1] is "OFFICIAL" && tokens[2].TrimEnd(":.") is "USE":
                k = 3; return Classification.LimitedOfficialUse;
            default:
                return null;
        }
    }

    private static bool TryReadSection(LetterSpacedTokens tokens, ref int k, out int section, out int count)
    {
        section = count = 0;
        // SECTION 01 OF 02 | FINAL SECTION OF 02
        if (tokens[k] is "FINAL")
        {
            if (k + 3 < tokens.Count && tokens[k + 1] is "SECTION" && tokens[k + 2] is "OF"
                && int.TryParse(tokens[k + 3], out count) && count is > 0 and < 1000)
            {
                section = count; k += 3; return true;
            }
            return false;
        }
        if (k + 3 < tokens.Count && int.TryParse(tokens[k + 1], out section) && tokens[k + 2] is "OF"
            && int.TryParse(tokens[k + 3], out count) && section is > 0 and < 1000 && count is > 0 and < 1000)
        {
            k += 3; return true;
        }
        return false;
    }

    private static void AddOnce(List<string> list, string item)
    {
        if (!list.Contains(item)) list.Add(item);
    }
}
