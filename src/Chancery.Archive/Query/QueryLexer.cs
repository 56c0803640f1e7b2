namespace Chancery.Archive.Query;

/// <summary>
/// Splits query text into tokens: words (runs up to a space, parenthesis or quote), quoted phrases,
/// <c>name:</c> field prefixes, the upper-case operators <c>AND OR NOT</c>, <c>-</c> before a part, and parentheses.
/// Words made only of punctuation (<c>&amp;</c>, a lone <c>-</c>) are dropped, as the index never holds them.
/// </summary>
internal static class QueryLexer
{
    /// <summary>The tokens of <paramref name="text"/>, ending with <see cref="QueryTokenKind.End"/>.</summary>
    /// <exception cref="QuerySyntaxException">On an unclosed quote.</exception>
    public static List<QueryToken> Tokenize(string text)
    {
        var tokens = new List<QueryToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '(')
            {
                tokens.Add(new QueryToken(QueryTokenKind.Open, "", i++));
            }
            else if (c == ')')
            {
                tokens.Add(new QueryToken(QueryTokenKind.Close, "", i++));
            }
            else if (c == '"')
            {
                tokens.Add(ReadPhrase(text, ref i));
            }
            else if (c == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] is not ('-' or ')'))
            {
                tokens.Add(new QueryToken(QueryTokenKind.Not, "", i++));
            }
            else
            {
                ReadWord(text, ref i, tokens);
            }
        }
        tokens.Add(new QueryToken(QueryTokenKind.End, "", text.Length));
        return tokens;
    }

    private static QueryToken ReadPhrase(string text, ref int i)
    {
        var start = i;
        var close = text.IndexOf('"', i + 1);
        if (close < 0) throw new QuerySyntaxException(start, "unclosed quote");
        i = close + 1;
        return new QueryToken(QueryTokenKind.Phrase, text[(start + 1)..close], start);
    }

    private static void ReadWord(string text, ref int i, List<QueryToken> tokens)
    {
        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or '"'))
        {
            // name: ends the word when the name is letters only; its value is lexed as the next token.
            if (text[i] == ':' && i > start && IsFieldName(text.AsSpan(start, i - start)))
            {
                tokens.Add(new QueryToken(QueryTokenKind.Field, text[start..i], start));
                i++;
                if (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or '"'))
                    tokens.Add(ReadValue(text, ref i));
                return;
            }
            i++;
        }
        var word = text[start..i];
        switch (word)
        {
            case "AND":
                tokens.Add(new QueryToken(QueryTokenKind.And, "", start));
                break;
            case "OR":
                tokens.Add(new QueryToken(QueryTokenKind.Or, "", start));
                break;
            case "NOT":
                tokens.Add(new QueryToken(QueryTokenKind.Not, "", start));
                break;
            default:
                if (word.Contains('*') || HasLetterOrDigit(word))
                    tokens.Add(new QueryToken(QueryTokenKind.Word, word, start));
                break;
        }
    }

    /// <summary>A bare field value: everything up to a space, parenthesis or quote, colons included (<c>to:RUEHC</c>).</summary>
    private static QueryToken ReadValue(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or '"'))
            i++;
        return new QueryToken(QueryTokenKind.Word, text[start..i], start);
    }

    private static bool IsFieldName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
            if (!char.IsAsciiLetter(c)) return false;
        return true;
    }

    private static bool HasLetterOrDigit(string word)
    {
        foreach (var c in word)
            if (char.IsLetterOrDigit(c)) return true;
        return false;
    }
}
