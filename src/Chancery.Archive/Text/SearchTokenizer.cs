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
