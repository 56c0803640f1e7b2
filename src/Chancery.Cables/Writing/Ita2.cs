using System.Collections.Frozen;
using System.Text;

namespace Chancery.Cables;

/// <summary>
/// The character repertoire a teleprinter on an ITA2 (Baudot-Murray) circuit can send, and the
/// transliteration the writer applies to everything else (ACP 127 §134, §140).
/// </summary>
/// <remarks>
/// <para>Safe characters: <c>A</c>-<c>Z</c>, <c>0</c>-<c>9</c>, space and <c>- ? : ( ) . , ' / + =</c>.</para>
/// <para>Transliteration table (applied after upper-casing <c>a</c>-<c>z</c>):</para>
/// <list type="table">
/// <listheader><term>input</term><description>output</description></listheader>
/// <item><term>accented Latin letters (À, é, ñ, ş, ł ...)</term><description>the base letter; ß SS, Æ AE, Œ OE, Þ TH, Ð D</description></item>
/// <item><term><c>"</c></term><description><c>QUOTE</c> and <c>UNQUOTE</c> alternately; “ „ « open (<c>QUOTE</c>), ” » close (<c>UNQUOTE</c>)</description></item>
/// <item><term>‘ ’ ‚ ′ ` ´</term><description><c>'</c></description></item>
/// <item><term><c>&amp;</c> <c>@</c></term><description><c>AND</c>, <c>AT</c> (as words)</description></item>
/// <item><term><c>%</c> °</term><description><c> PERCENT</c>, <c> DEGREES</c></description></item>
/// <item><term><c>$</c> € £ ¥</term><description><c>USD</c>, <c>EUR</c>, <c>GBP</c>, <c>YEN</c> (as words)</description></item>
/// <item><term><c>#</c> §</term><description><c>NO.</c>, <c>SECTION</c> (as words)</description></item>
/// <item><term><c>;</c> <c>!</c></term><description><c>,</c> and <c>.</c></description></item>
/// <item><term><c>[ { &lt;</c> and <c>] } &gt;</c></term><description><c>(</c> and <c>)</c></description></item>
/// <item><term><c>_ ~</c>, dashes – — ‒ ― −, bullet •</term><description><c>-</c></description></item>
/// <item><term><c>\ |</c> ÷</term><description><c>/</c></description></item>
/// <item><term>… ½ ¼ ¾ ¹ ² ³ ×</term><description><c>...</c> <c>1/2</c> <c>1/4</c> <c>3/4</c> <c>1</c> <c>2</c> <c>3</c> <c>X</c></description></item>
/// <item><term>© ® ™</term><description><c>(C)</c> <c>(R)</c> <c>(TM)</c></description></item>
/// <item><term>white space and control characters, <c>*</c> <c>^</c> ·</term><description>a space</description></item>
/// <item><term>¶, soft hyphen, ¿ ¡, combining marks and anything else</term><description>dropped</description></item>
/// </list>
/// <para>Runs of spaces are then collapsed to one and the ends trimmed.</para>
/// </remarks>
public static class Ita2
{
    private static readonly FrozenDictionary<char, string> Replacements = BuildReplacements();

    /// <summary>True when <paramref name="c"/> can be sent on an ITA2 circuit as the writer uses it.</summary>
    public static bool IsSafe(char c) =>
        c is (>= 'A' and <= 'Z') or (>= '0' and <= '9')
            or ' ' or '-' or '?' or ':' or '(' or ')' or '.' or ',' or '\'' or '/' or '+' or '=';

    /// <summary>True when every character of <paramref name="text"/> is <see cref="IsSafe(char)"/>.</summary>
    public static bool IsSafe(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!IsSafe(c)) return false;
        return true;
    }

    /// <summary>
    /// Upper-cases and transliterates <paramref name="text"/> into safe characters on one line:
    /// line breaks become spaces, runs of spaces collapse to one, the ends are trimmed. Null gives "".
    /// </summary>
    public static string Transliterate(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var output = new StringBuilder(text.Length + 8);
        var quoteOpen = false;
        foreach (var c in text)
            AppendTransliterated(output, c, ref quoteOpen);
        return CollapseSpaces(output);
    }

    /// <summary>
    /// Like <see cref="Transliterate(string?)"/> but keeps the line structure: returns one transliterated
    /// line per input line (an unmatched straight quote stays open across lines).
    /// </summary>
    internal static List<string> TransliterateLines(string? text)
    {
        var lines = new List<string>();
        if (string.IsNullOrEmpty(text)) return lines;
        var output = new StringBuilder();
        var quoteOpen = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                lines.Add(CollapseSpaces(output));
                output.Clear();
                continue;
            }
            AppendTransliterated(output, c, ref quoteOpen);
        }
        lines.Add(CollapseSpaces(output));
        return lines;
    }

    private static void AppendTransliterated(StringBuilder output, char c, ref bool quoteOpen)
    {
        if (IsSafe(c)) output.Append(c);
        else if (c is >= 'a' and <= 'z') output.Append((char)(c - 'a' + 'A'));
        else if (c == '"')
        {
            output.Append(quoteOpen ? " UNQUOTE " : " QUOTE ");
            quoteOpen = !quoteOpen;
        }
        else if (c is '“' or '„' or '«')
        {
            output.Append(" QUOTE ");
            quoteOpen = true;
        }
        else if (c is '”' or '»')
        {
            output.Append(" UNQUOTE ");
            quoteOpen = false;
        }
        else if (Replacements.TryGetValue(c, out var replacement)) output.Append(replacement);
        else if (char.IsWhiteSpace(c) || char.IsControl(c)) output.Append(' ');
        // Anything else (other scripts, symbols, combining marks, lone surrogates) is dropped.
    }

    private static string CollapseSpaces(StringBuilder text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        // Walk the chunks: the StringBuilder indexer is linear in the chunk count, which made long lines quadratic.
        foreach (var chunk in text.GetChunks())
        foreach (var c in chunk.Span)
        {
            if (c == ' ')
            {
                pendingSpace = result.Length > 0;
                continue;
            }
            if (pendingSpace) result.Append(' ');
            pendingSpace = false;
            result.Append(c);
        }
        return result.ToString();
    }

    private static FrozenDictionary<char, string> BuildReplacements()
    {
        var map = new Dictionary<char, string>();
        void Letters(string from, string to)
        {
            foreach (var c in from) map[c] = to;
        }

        Letters("ÀÁÂÃÄÅĀĂĄàáâãäåāăą", "A");
        Letters("ÇĆĈĊČçćĉċč", "C");
        Letters("ĎĐÐďđð", "D");
        Letters("ÈÉÊËĒĔĖĘĚèéêëēĕėęě", "E");
        Letters("ĜĞĠĢĝğġģ", "G");
        Letters("ĤĦĥħ", "H");
        Letters("ÌÍÎÏĨĪĬĮİìíîïĩīĭįı", "I");
        Letters("Ĵĵ", "J");
        Letters("Ķķĸ", "K");
        Letters("ĹĻĽĿŁĺļľŀł", "L");
        Letters("ÑŃŅŇŊñńņňŉŋ", "N");
        Letters("ÒÓÔÕÖØŌŎŐòóôõöøōŏő", "O");
        Letters("ŔŖŘŕŗř", "R");
        Letters("ŚŜŞŠśŝşšſȘș", "S");
        Letters("ŢŤŦţťŧȚț", "T");
        Letters("ÙÚÛÜŨŪŬŮŰŲùúûüũūŭůűų", "U");
        Letters("Ŵŵ", "W");
        Letters("ÝŸŶýÿŷ", "Y");
        Letters("ŹŻŽźżž", "Z");
        Letters("Ææ", "AE");
        Letters("Œœ", "OE");
        Letters("ßẞ", "SS");
        Letters("Þþ", "TH");
        Letters("Ĳĳ", "IJ");

        Letters("‘’‚‛′`´", "'");
        Letters("&", " AND ");
        Letters("@", " AT ");
        Letters("%", " PERCENT ");
        Letters("°", " DEGREES ");
        Letters("$", " USD ");
        Letters("€", " EUR ");
        Letters("£", " GBP ");
        Letters("¥", " YEN ");
        Letters("#", " NO. ");
        Letters("§", " SECTION ");
        Letters(";", ",");
        Letters("!", ".");
        Letters("[{<", "(");
        Letters("]}>", ")");
        Letters("_~–—‒―−‐‑•", "-");
        Letters("\\|÷", "/");
        Letters("…", "...");
        Letters("½", "1/2");
        Letters("¼", "1/4");
        Letters("¾", "3/4");
        Letters("¹", "1");
        Letters("²", "2");
        Letters("³", "3");
        Letters("×", "X");
        Letters("©", " (C) ");
        Letters("®", " (R) ");
        Letters("™", " (TM) ");
        Letters("*^·", " ");
        Letters("¶\u00AD¿¡", "");
        return map.ToFrozenDictionary();
    }
}
