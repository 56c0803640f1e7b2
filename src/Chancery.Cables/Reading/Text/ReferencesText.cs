namespace Chancery.Cables.Reading.Text;

/// <summary>
/// Reads REF lists in all their forms: lettered (<c>A) ALMATY 1450, B) ASTANA 33</c>, <c>A. 08 CAIRO 2431</c>,
/// <c>(A)</c>), unlettered (<c>STATE 162318</c>), several serials in one entry (<c>09 STATE 12 AND 13</c>),
/// the year inferred from the citing cable, and non-cable references typed.
/// </summary>
internal static class ReferencesText
{
    private static readonly HashSet<string> NotStations = new(StringComparer.Ordinal)
    {
        "AND", "OR", "OF", "ON", "IN", "AT", "TO", "FROM", "BY", "THE", "DATED", "NOTAL", "REFTEL", "REF", "REFS",
        "CABLE", "CABLES", "TELEGRAM", "TEL", "EMAIL", "MAIL", "MEMO", "TELCON", "PARA", "PARAS", "PARAGRAPH",
        "SECTION", "PAGE", "NO", "NUMBER", "NR", "RES", "RESOLUTION", "UNSCR", "LAW", "ARTICLE", "ACT", "PUBLIC",
        "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC",
        "JANUARY", "FEBRUARY", "MARCH", "APRIL", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
        "FY", "PL", "EO", "SIPDIS", "NOFORN", "EXDIS", "NODIS", "LIMDIS", "AND/OR", "WASHDC", "AMEMBASSY", "AMCONSUL",
        "SINCE", "OUR", "YOUR", "LAST", "ALSO", "SEE", "PER", "VIA", "ABOUT", "WITH", "FOR", "AS", "IS", "A", "B", "C",
    };

    /// <summary>Parses the REF text; <paramref name="citingYear"/> (two digits) fills omitted years.</summary>
    public static List<Reference> Parse(string value, int? citingYear)
    {
        var text = Words.Collapse(value.Replace('\u00B6', ' '));
        var result = new List<Reference>();
        if (text.Length == 0) return result;
        var labels = FindLabels(text);
        if (labels.Count == 0)
        {
            AddEntry(result, null, text, citingYear, splitUnlabelled: true);
            return result;
        }
        if (labels[0].Start > 0)
        {
            var lead = text[..labels[0].Start].Trim(' ', ',', ';');
            if (lead.Length > 0) AddEntry(result, null, lead, citingYear, splitUnlabelled: true);
        }
        for (var k = 0; k < labels.Count; k++)
        {
            var end = k + 1 < labels.Count ? labels[k + 1].Start : text.Length;
            var entry = text[labels[k].ValueStart..end].Trim().TrimEnd(',', ';').Trim();
            AddEntry(result, labels[k].Label.ToString(), entry, citingYear, splitUnlabelled: false);
        }
        return result;
    }

    /// <summary>
    /// The bullet letter that comes next after <paramref name="piece"/> is added to a REF text whose next letter
    /// was <paramref name="expected"/> (null while unlettered): <c>B</c> after <c>A. ...</c>.
    /// </summary>
    public static char? NextLabel(string piece, char? expected)
    {
        var labels = FindLabels(Words.Collapse(piece.Replace('\u00B6', ' ')), expected ?? 'A');
        return labels.Count == 0 ? expected : (char)(labels[^1].Label + 1);
    }

    private readonly record struct LabelAt(char Label, int Start, int ValueStart);

    private static List<LabelAt> FindLabels(string text, char first = 'A')
    {
        var labels = new List<LabelAt>();
        var expected = first;
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && text[i - 1] is not (' ' or ',' or ';')) continue;
            var j = i;
            var paren = text[j] == '(';
            if (paren) j++;
            if (j + 1 >= text.Length) break;
            var letter = char.ToUpperInvariant(text[j]);
            if (letter != expected || !char.IsAsciiLetter(text[j])) continue;
            var mark = text[j + 1];
            var ok = paren ? mark == ')' : mark is ')' or '.' or ':';
            if (!ok) continue;
            var after = j + 2;
            if (after < text.Length && text[after] != ' ' && !(paren && char.IsAsciiLetterOrDigit(text[after]))) continue;
            // "A. SMITH"-like initials inside an entry are rare; a label must be followed by something.
            labels.Add(new LabelAt(letter, i, Math.Min(text.Length, after < text.Length && text[after] == ' ' ? after + 1 : after)));
            expected++;
            i = after - 1;
        }
        return labels;
    }

    private static void AddEntry(List<Reference> result, string? label, string entry, int? citingYear, bool splitUnlabelled)
    {
        if (entry.Length == 0) return;
        var cables = FindCables(entry, citingYear);
        if (cables.Count == 0)
        {
            result.Add(new Reference(label, entry, KindOf(entry), null));
            return;
        }
        if (splitUnlabelled && cables.Count > 1)
        {
            foreach (var c in cables) result.Add(new Reference(label, c.Text, ReferenceKind.Cable, c.Id));
            return;
        }
        foreach (var c in cables) result.Add(new Reference(label, entry, ReferenceKind.Cable, c.Id));
    }

    private static ReferenceKind KindOf(string entry)
    {
        var u = entry.ToUpperInvariant();
        if (u.Contains("HTTP") || u.Contains("WWW.")) return ReferenceKind.Web;
        if (u.Contains("EMAIL") || u.Contains("E-MAIL") || u.Contains("E MAIL")) return ReferenceKind.Email;
        if (u.Contains("TELCON") || u.Contains("TELECON") || u.Contains("PHONE") || u.Contains("CALL")) return ReferenceKind.Telcon;
        if (u.Contains("MEMO")) return ReferenceKind.Memo;
        if (u.Contains("REPORT") || u.Contains("STUDY")) return ReferenceKind.Report;
        return ReferenceKind.Other;
    }

    internal readonly record struct FoundCable(string Id, string Text);

    /// <summary>Finds <c>[YY] STATION SERIAL [AND SERIAL]...</c> patterns in an entry.</summary>
    internal static List<FoundCable> FindCables(string entry, int? citingYear)
    {
        var found = new List<FoundCable>();
        var tokens = Tokenize(entry);
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k].Word;
            if (TryCompact(t, citingYear, out var compact))
            {
                found.Add(new FoundCable(compact, tokens[k].Raw));
                continue;
            }
            if (!IsSerial(t) || k == 0) continue;
            var (station, firstStationToken) = StationBefore(tokens, k);
            if (station is null) continue;
            var year = citingYear;
            var yearToken = firstStationToken - 1;
            if (yearToken >= 0 && TryYear(tokens[yearToken].Word, out var y)) year = y;
            else
            {
                yearToken = firstStationToken;
                if (k + 1 < tokens.Count && tokens[k + 1].Raw.StartsWith('(') && tokens[k + 1].Word.Length == 2 && TryYear(tokens[k + 1].Word, out var after)) year = after;
            }
            if (year is null) continue;
            var serial = int.Parse(t.TrimStart('0').Length == 0 ? "0" : t.TrimStart('0').Length > 9 ? t[^9..] : t.TrimStart('0'));
            found.Add(new FoundCable($"{year:00}{station}{serial}", Join(tokens, yearToken, k)));
            // More serials of the same station: "12 AND 13", "12, 13".
            var m = k + 1;
            while (m < tokens.Count)
            {
                if (tokens[m].Word is "AND" or "&" && m + 1 < tokens.Count && IsSerial(tokens[m + 1].Word)) m++;
                else if (!tokens[m - 1].Comma || !IsSerial(tokens[m].Word)) break;
                if (!IsSerial(tokens[m].Word)) break;
                // "2543, 03 VAT 4859": a two-digit number before a station is the next reference's year.
                if (m + 1 < tokens.Count && Words.IsLetters(tokens[m + 1].Word) && !NotStations.Contains(tokens[m + 1].Word)) break;
                var extra = int.Parse(tokens[m].Word.TrimStart('0').Length == 0 ? "0" : tokens[m].Word.TrimStart('0'));
                found.Add(new FoundCable($"{year:00}{station}{extra}", Join(tokens, yearToken, m)));
                k = m;
                m++;
            }
        }
        return found;
    }

    private readonly record struct Token(string Word, string Raw, bool Comma);

    private static List<Token> Tokenize(string entry)
    {
        var tokens = new List<Token>();
        foreach (var raw in entry.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var comma = raw.EndsWith(',') || raw.EndsWith(';');
            var w = raw.Trim(',', ';', '.', ':', '(', ')', '"', '\'').ToUpperInvariant();
            if (w.Length == 0) continue;
            tokens.Add(new Token(w, raw.TrimEnd(',', ';'), comma));
        }
        return tokens;
    }

    private static string Join(List<Token> tokens, int from, int to)
    {
        var parts = new List<string>();
        for (var i = Math.Max(0, from); i <= to; i++) parts.Add(tokens[i].Raw.Trim('(', ')'));
        return string.Join(' ', parts);
    }

    private static bool IsSerial(string t) => t.Length is >= 1 and <= 7 && Words.IsDigits(t);

    private static bool TryYear(string t, out int year)
    {
        year = 0;
        if (t.Length == 2 && Words.IsDigits(t)) { year = int.Parse(t); return true; }
        if (t.Length == 4 && Words.IsDigits(t) && (t.StartsWith("19") || t.StartsWith("20"))) { year = int.Parse(t) % 100; return true; }
        return false;
    }

    private static (string? Station, int FirstToken) StationBefore(List<Token> tokens, int serialIndex)
    {
        // Longest known multi-word station first, then a single word.
        for (var n = Math.Min(4, serialIndex); n >= 2; n--)
        {
            // Only words of letters can make a station: the joined name is made for those alone.
            var length = 0;
            for (var i = serialIndex - n; i < serialIndex && length >= 0; i++)
                length = Words.IsLetters(tokens[i].Word) ? length + tokens[i].Word.Length : -1;
            if (length < 0) continue;
            var joined = string.Create(length, (tokens, serialIndex - n, serialIndex), static (dst, range) =>
            {
                var at = 0;
                for (var i = range.Item2; i < range.Item3; i++)
                {
                    range.tokens[i].Word.CopyTo(dst[at..]);
                    at += range.tokens[i].Word.Length;
                }
            });
            var canonical = StationNames.Canonical(joined);
            if (StationNames.IsKnownMultiWord(canonical)) return (canonical, serialIndex - n);
            if (StationNames.Correct(canonical) is { } corrected) return (corrected, serialIndex - n);
        }
        var w = tokens[serialIndex - 1].Word;
        if (w.Length < 3 || !Words.IsLetters(w) || NotStations.Contains(w)) return (null, 0);
        if (w is "DEPTEL" or "DEPT" or "DEPARTMENT" or "STATE" or "SECSTATE") return ("STATE", serialIndex - 1);
        var single = StationNames.Canonical(w);
        return (StationNames.Correct(single) ?? single, serialIndex - 1);
    }

    private static bool TryCompact(string t, int? citingYear, out string id)
    {
        id = "";
        if (t.Length < 5) return false;
        var i = 0;
        while (i < t.Length && char.IsAsciiDigit(t[i])) i++;
        if (i is not (0 or 2)) return false;
        var s = i;
        while (i < t.Length && char.IsAsciiLetterUpper(t[i])) i++;
        if (i - s < 4 || i == t.Length || !Words.IsDigits(t.AsSpan(i)) || t.Length - i > 7 || t.AsSpan(s).StartsWith("VZCZC")) return false;
        var station = StationNames.Canonical(t[s..i]);
        if (NotStations.Contains(station)) return false;
        int year;
        if (s == 2) year = int.Parse(t.AsSpan(0, 2));
        else if (citingYear is { } cy) year = cy;
        else return false;
        id = $"{year:00}{station}{int.Parse(t.AsSpan(i))}";
        return true;
    }
}
