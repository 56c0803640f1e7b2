using System.Globalization;
using System.Text;

namespace Chancery.Archive.Text;

/// <summary>
/// The one tokenizer both stores index with and the query parser folds words with, so SQLite and PostgreSQL
/// give the same answers: a token is a run of letters and digits (with their combining marks), lower-cased, diacritics removed.
/// </summary>
public static class SearchTokenizer
{
    /// <summary>The tokens of <paramref name="text"/>, in order.</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsTokenChar(text[i]))
                i++;
            var start = i;
            while (i < text.Length && IsTokenChar(text[i]))
                i++;
            if (i > start && Fold(text.AsSpan(start, i - start)) is { Length: > 0 } token)
                yield return token; // a run of combining marks alone folds to nothing and is no token
        }
    }

    /// <summary>
    /// The tokens of <paramref name="text"/> joined by single spaces: the same tokens as <see cref="Tokens"/>, built
    /// without a string per token (stores index this form).
    /// </summary>
    public static string JoinTokens(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsTokenChar(text[i]))
                i++;
            var start = i;
            var ascii = true;
            while (i < text.Length && IsTokenChar(text[i]))
                ascii &= text[i++] < 128;
            if (i == start) break;
            if (ascii)
            {
                if (sb.Length > 0) sb.Append(' ');
                for (var k = start; k < i; k++)
                    sb.Append(char.ToLowerInvariant(text[k]));
            }
            else if (Fold(text.AsSpan(start, i - start)) is { Length: > 0 } folded)
            {
                if (sb.Length > 0) sb.Append(' ');
                sb.Append(folded);
            }
        }
        return sb.ToString();
    }

    /// <summary>A letter or digit, or a combining mark (part of a decomposed accented letter).</summary>
    public static bool IsTokenChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>
    /// Lower case without diacritics, e.g. <c>Société</c> -> <c>societe</c>. The same on every machine: it does not
    /// depend on ICU (the projects run with invariant globalization, where <c>string.Normalize</c> leaves accents in).
    /// </summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        var ascii = true;
        foreach (var c in word)
            ascii &= c < 128;
        if (ascii)
            return string.Create(word.Length, word.ToString(), static (dst, src) => src.AsSpan().ToLowerInvariant(dst));
        var sb = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (c >= LatinBase && c < LatinBase + LatinLetters.Length && LatinLetters[c - LatinBase] != '.')
                sb.Append(LatinLetters[c - LatinBase]);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    private const char LatinBase = '\u00C0';

    /// <summary>The base letter of each character from U+00C0 to U+017F (from its Unicode decomposition); '.' keeps the character.</summary>
    private const string LatinLetters =
        "aaaaaa.ceeeeiiii.nooooo.ouuuuy..aaaaaa.ceeeeiiii.nooooo.ouuuuy.y" +
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkk.lllllll" +
        "lllnnnnnn...oooooo..rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzzs";
}
