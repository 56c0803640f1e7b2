using Chancery.Archive.Query;

namespace Chancery.Archive.Text;

/// <summary>What a snippet highlights: the query's positive words, prefixes and phrases (never negated ones).</summary>
/// <param name="Words">Folded tokens; one token for a word or prefix, several for a phrase.</param>
/// <param name="Prefix">True when the last token may be a prefix of the text's token.</param>
public sealed record HighlightTerm(IReadOnlyList<string> Words, bool Prefix)
{
    /// <summary>The positive terms of <paramref name="query"/>, each once, in query order.</summary>
    public static IReadOnlyList<HighlightTerm> From(QueryNode? query)
    {
        var terms = new List<HighlightTerm>();
        Collect(query, negated: false, terms);
        return terms;
    }

    private static void Collect(QueryNode? node, bool negated, List<HighlightTerm> terms)
    {
        switch (node)
        {
            case TermNode term when !negated:
                Add(terms, [.. SearchTokenizer.Tokens(term.Word)], term.Prefix);
                break;
            case PhraseNode phrase when !negated:
                Add(terms, [.. phrase.Words.SelectMany(SearchTokenizer.Tokens)], false);
                break;
            case AndNode and:
                foreach (var part in and.Parts) Collect(part, negated, terms);
                break;
            case OrNode or:
                foreach (var part in or.Parts) Collect(part, negated, terms);
                break;
            case NotNode not:
                Collect(not.Part, !negated, terms);
                break;
        }
    }

    private static void Add(List<HighlightTerm> terms, string[] words, bool prefix)
    {
        if (words.Length == 0) return;
        var term = new HighlightTerm(words, prefix && words.Length == 1);
        if (!terms.Any(t => t.Prefix == term.Prefix && t.Words.SequenceEqual(term.Words))) terms.Add(term);
    }
}
