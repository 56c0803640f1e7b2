using System.Globalization;
using System.Text;

namespace Chancery.Archive.Text;

/// <summary>
/// The one tokenizer both stores index with and the query parser folds words with, so SQLite and PostgreSQL
/// give the same answers: a token is a run of letters and digits, lower-cased, diacritics removed.
/// </summary>
public static class SearchTokenizer
{
    /// <summary>The tokens of <paramref name="text"/>, in order.</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
                i++;
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
                i++;
            if (i > start)
                yield return Fold(text.AsSpan(start, i - start));
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
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
                i++;
            var start = i;
            var ascii = true;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
                ascii &= text[i++] < 128;
            if (i == start) break;
            if (sb.Length > 0) sb.Append(' ');
            if (ascii)
                for (var k = start; k < i; k++)
                    sb.Append(char.ToLowerInvariant(text[k]));
            else
                sb.Append(Fold(text.AsSpan(start, i - start)));
        }
        return sb.ToString();
    }

    /// <summary>Lower case without diacritics, e.g. <c>Société</c> -> <c>societe</c>.</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        var ascii = true;
        foreach (var c in word)
            ascii &= c < 128;
        if (ascii)
            return string.Create(word.Length, word.ToString(), static (dst, src) => src.AsSpan().ToLowerInvariant(dst));
        var decomposed = word.ToString().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                sb.Append(char.ToLowerInvariant(c));
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
