using System.Text;
using Chancery.Cables;

namespace Chancery.Archive.Text;

/// <summary>A short plain-text window of a cable with the ranges that matched the query.</summary>
/// <param name="Text">The window, whitespace collapsed, with <c>…</c> where it was cut.</param>
/// <param name="Highlights">Ranges of <paramref name="Text"/> that matched.</param>
public sealed record Snippet(string Text, EquatableList<TextRange> Highlights);

/// <summary>
/// Builds snippets the same way for every store: tokenizes the text as <see cref="SearchTokenizer"/> does, finds the
/// query's words, prefixes and phrases, and keeps the window of about <c>maxLength</c> characters that holds the most
/// matches (the start of the text when nothing matches).
/// </summary>
public static class SnippetBuilder
{
    private const string Ellipsis = "…";

    /// <summary>The snippet of <paramref name="text"/> for <paramref name="terms"/>.</summary>
    public static Snippet Build(string text, IReadOnlyList<HighlightTerm> terms, int maxLength = 240)
    {
        var matches = terms.Count == 0 ? [] : FindMatches(text, terms);
        var (start, end) = ChooseWindow(text, matches, maxLength);
        return Render(text, start, end, matches);
    }

    private static List<(int Start, int End)> FindMatches(string text, IReadOnlyList<HighlightTerm> terms)
    {
        var tokens = new List<(int Start, int End, string Folded)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !SearchTokenizer.IsTokenChar(text[i])) i++;
            var start = i;
            while (i < text.Length && SearchTokenizer.IsTokenChar(text[i])) i++;
            if (i > start) tokens.Add((start, i, SearchTokenizer.Fold(text.AsSpan(start, i - start))));
        }
        var matches = new List<(int, int)>();
        for (var t = 0; t < tokens.Count; t++)
            foreach (var term in terms)
                if (MatchesAt(tokens, t, term))
                {
                    matches.Add((tokens[t].Start, tokens[t + term.Words.Count - 1].End));
                    break;
                }
        return matches;
    }

    private static bool MatchesAt(List<(int Start, int End, string Folded)> tokens, int at, HighlightTerm term)
    {
        if (at + term.Words.Count > tokens.Count) return false;
        for (var k = 0; k < term.Words.Count; k++)
        {
            var token = tokens[at + k].Folded;
            var word = term.Words[k];
            var ok = term.Prefix && k == term.Words.Count - 1 ? token.StartsWith(word, StringComparison.Ordinal) : token == word;
            if (!ok) return false;
        }
        return true;
    }

    private static (int Start, int End) ChooseWindow(string text, List<(int Start, int End)> matches, int maxLength)
    {
        if (text.Length <= maxLength) return (0, text.Length);
        var bestStart = 0;
        if (matches.Count > 0)
        {
            var best = -1;
            var last = 0;
            for (var first = 0; first < matches.Count; first++)
            {
                if (last < first) last = first;
                while (last + 1 < matches.Count && matches[last + 1].End - matches[first].Start <= maxLength) last++;
                if (last - first + 1 > best)
                {
                    best = last - first + 1;
                    // Some context before the first match, but not so much that the matches fall out of the window.
                    var span = matches[last].End - matches[first].Start;
                    bestStart = Math.Max(0, matches[first].Start - Math.Min(maxLength / 4, (maxLength - span) / 2));
                }
            }
        }
        var start = bestStart;
        if (start > 0)
        {
            while (start > 0 && start > bestStart - 20 && char.IsLetterOrDigit(text[start - 1])) start--;
            if (start > 0 && char.IsLetterOrDigit(text[start - 1])) start = bestStart;
        }
        var end = Math.Min(text.Length, start + maxLength);
        if (end < text.Length)
        {
            var cut = end;
            while (cut > start + maxLength / 2 && char.IsLetterOrDigit(text[cut - 1]) && char.IsLetterOrDigit(text[cut])) cut--;
            end = cut > start + maxLength / 2 ? cut : end;
        }
        return (start, end);
    }

    private static Snippet Render(string text, int start, int end, List<(int Start, int End)> matches)
    {
        var sb = new StringBuilder(end - start + 4);
        var map = new int[end - start + 1];
        var pendingSpace = false;
        if (start > 0) sb.Append(Ellipsis);
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > (start > 0 ? Ellipsis.Length : 0);
                map[i - start] = sb.Length;
                continue;
            }
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            map[i - start] = sb.Length;
            sb.Append(c);
        }
        map[end - start] = sb.Length;
        if (end < text.Length) sb.Append(Ellipsis);
        var highlights = new List<TextRange>();
        foreach (var (s, e) in matches)
        {
            if (s < start || e > end) continue;
            var from = map[s - start];
            var to = map[e - start - 1] + 1;
            highlights.Add(new TextRange(from, to - from));
        }
        return new Snippet(sb.ToString(), [.. highlights]);
    }
}
