using System.Text;
using Chancery.Archive.Query;
using Chancery.Archive.Text;
using Chancery.Cables;

namespace Chancery.Archive.Storage.Sqlite;

/// <summary>
/// A query in SQLite terms: an optional FTS5 expression that drives the search and ranks it (the text parts of the
/// top-level AND), and a predicate over <c>cables c</c> for everything else, with its parameter values.
/// </summary>
/// <param name="Match">The FTS5 MATCH expression, or null when the query has no rankable text part.</param>
/// <param name="Where">A predicate over the aliases <c>c</c> (cables) and <c>w</c> (the principal's view of each); <c>1</c> when there is none.</param>
/// <param name="Parameters">Values for <c>$p0</c>, <c>$p1</c>, ... in <paramref name="Where"/>.</param>
/// <param name="Filters">The part of the query <paramref name="Where"/> says (the AND of the top-level parts that are not in <paramref name="Match"/>), or null when there is none.</param>
internal sealed record SqliteQuery(string? Match, string Where, IReadOnlyList<object> Parameters, QueryNode? Filters);

/// <summary>Translates the query AST into FTS5 expressions and SQL predicates.</summary>
internal sealed class SqliteQueryTranslator
{
    private readonly List<object> _parameters = [];

    /// <summary>Translates <paramref name="query"/> (null = everything).</summary>
    public static SqliteQuery Translate(QueryNode? query) => new SqliteQueryTranslator().Top(query ?? AllNode.Instance);

    private SqliteQuery Top(QueryNode query)
    {
        var parts = query is AndNode and ? and.Parts.ToList() : [query];
        var textParts = parts.Where(IsText).ToList();
        string? match = null;
        if (textParts.Count > 0 && TryFts(textParts.Count == 1 ? textParts[0] : new AndNode([.. textParts])) is { } fts)
        {
            match = fts;
            parts = [.. parts.Except(textParts)];
        }
        var where = parts.Count == 0 ? "1" : string.Join(" AND ", parts.Select(Predicate));
        var filters = parts.Count switch { 0 => null, 1 => parts[0], _ => new AndNode([.. parts]) };
        return new SqliteQuery(match, where, _parameters, filters);
    }

    private string Predicate(QueryNode node)
    {
        if (IsText(node))
            return TryFts(node) is { } fts ? $"w.id IN (SELECT rowid FROM view_text WHERE view_text MATCH {Parameter(fts)})" : TextPredicate(node);
        return node switch
        {
            AndNode and => "(" + string.Join(" AND ", and.Parts.Select(Predicate)) + ")",
            OrNode or => "(" + string.Join(" OR ", or.Parts.Select(Predicate)) + ")",
            NotNode not => $"NOT ({Predicate(not.Part)})",
            AllNode => "1",
            FilterNode filter => Filter(filter),
            ClassificationNode c => $"c.classification = {(int)c.Classification}",
            DateRangeNode range => DateRange(range),
            _ => throw new ArgumentException($"unknown query node {node.GetType().Name}", nameof(node)),
        };
    }

    /// <summary>A text subtree FTS5 cannot say alone (an AND of negations, an OR with a negation): boolean SQL over its parts.</summary>
    private string TextPredicate(QueryNode node) => node switch
    {
        AndNode and => "(" + string.Join(" AND ", and.Parts.Select(Predicate)) + ")",
        OrNode or => "(" + string.Join(" OR ", or.Parts.Select(Predicate)) + ")",
        NotNode not => $"NOT ({Predicate(not.Part)})",
        _ => "0", // a word without any token matches nothing
    };

    private string Filter(FilterNode filter)
    {
        var p = Parameter(filter.Value);
        return filter.Field switch
        {
            FilterField.Origin => $"c.origin = {p}",
            FilterField.Id => $"(c.ref_id = {p} OR c.id IN (SELECT cable_id FROM aliases WHERE alias = {p}))",
            _ => $"c.id IN ({RowsOf(filter.Field).Replace("$value", p, StringComparison.Ordinal)})",
        };
    }

    /// <summary>
    /// A SELECT of the cable row ids a filter on <paramref name="field"/> matches, with the value as <c>$value</c>
    /// (origin and id included, for callers that test filters outside SQL).
    /// </summary>
    internal static string RowsOf(FilterField field) => field switch
    {
        FilterField.Tag => "SELECT cable_id FROM tags WHERE tag = $value",
        FilterField.Caption => "SELECT cable_id FROM captions WHERE caption = $value",
        FilterField.Addressee => "SELECT cable_id FROM addressees WHERE address = $value",
        FilterField.Reference => "SELECT cable_id FROM refs WHERE cited = $value",
        FilterField.Origin => "SELECT id FROM cables WHERE origin = $value",
        FilterField.Id => "SELECT id FROM cables WHERE ref_id = $value UNION SELECT cable_id FROM aliases WHERE alias = $value",
        _ => throw new ArgumentException($"unknown filter field {field}", nameof(field)),
    };

    private string DateRange(DateRangeNode range)
    {
        var clauses = new List<string>();
        if (range.From is { } from) clauses.Add($"c.created >= {Parameter(CableDocument.FormatDate(from))}");
        if (range.Until is { } until) clauses.Add($"c.created < {Parameter(CableDocument.FormatDate(until))}");
        return clauses.Count == 0 ? "c.created IS NOT NULL" : "(" + string.Join(" AND ", clauses) + ")";
    }

    private string Parameter(object value)
    {
        _parameters.Add(value);
        return "$p" + (_parameters.Count - 1);
    }

    /// <summary>True for subtrees made only of words, phrases and their AND/OR/NOT.</summary>
    private static bool IsText(QueryNode node) => node switch
    {
        TermNode or PhraseNode => true,
        AndNode and => and.Parts.All(IsText),
        OrNode or => or.Parts.All(IsText),
        NotNode not => IsText(not.Part),
        _ => false,
    };

    /// <summary>The FTS5 expression of a text subtree, or null when FTS5 cannot express it positively.</summary>
    internal static string? TryFts(QueryNode node)
    {
        switch (node)
        {
            case TermNode term:
                {
                    var tokens = SearchTokenizer.Tokens(term.Word).ToList();
                    if (tokens.Count == 0) return null;
                    var phrase = Quote(tokens) + (term.Prefix ? " *" : "");
                    return Scoped(phrase, term.Scope);
                }
            case PhraseNode phrase:
                {
                    var tokens = phrase.Words.SelectMany(SearchTokenizer.Tokens).ToList();
                    return tokens.Count == 0 ? null : Scoped(Quote(tokens), phrase.Scope);
                }
            case AndNode and:
                {
                    var positives = new List<string>();
                    var negatives = new List<string>();
                    foreach (var part in and.Parts)
                    {
                        if (part is NotNode not)
                        {
                            if (TryFts(not.Part) is not { } negated) return null;
                            negatives.Add(negated);
                        }
                        else if (TryFts(part) is { } positive) positives.Add(positive);
                        else return null;
                    }
                    if (positives.Count == 0) return null;
                    var expression = "(" + string.Join(" AND ", positives) + ")";
                    foreach (var negative in negatives) expression = $"({expression} NOT {negative})";
                    return expression;
                }
            case OrNode or:
                {
                    var parts = new List<string>();
                    foreach (var part in or.Parts)
                    {
                        if (TryFts(part) is not { } fts) return null;
                        parts.Add(fts);
                    }
                    return "(" + string.Join(" OR ", parts) + ")";
                }
            default:
                return null;
        }
    }

    private static string Quote(IEnumerable<string> tokens)
    {
        var sb = new StringBuilder("\"");
        sb.AppendJoin(' ', tokens.Select(t => t.Replace("\"", "\"\"", StringComparison.Ordinal)));
        return sb.Append('"').ToString();
    }

    private static string Scoped(string phrase, TextScope scope) => scope == TextScope.Subject ? $"(subject : {phrase})" : phrase;
}
