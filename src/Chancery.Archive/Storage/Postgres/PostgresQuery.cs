using Chancery.Archive.Query;
using Chancery.Archive.Text;
using Npgsql;
using NpgsqlTypes;

namespace Chancery.Archive.Storage.Postgres;

/// <summary>
/// Our query tree as a SQL condition on <c>cables c</c> and the principal's view of each, <c>cable_views w</c>. Words become tsquery lexemes built as Npgsql objects from
/// the folded tokens (never text handed to <c>to_tsquery</c>); prefixes use <c>:*</c>; the subject scope uses weight A.
/// Phrases match their words through the index, then the exact sequence on the space-joined token text, which
/// has none of tsvector's limits on positions.
/// </summary>
internal sealed class PostgresQuery
{
    private readonly List<NpgsqlParameter> _parameters = [];
    private readonly List<NpgsqlTsQuery> _rankTerms = [];

    private PostgresQuery() { }

    /// <summary>The condition, using parameters <c>$1</c>.. (positional, starting at <see cref="FirstParameter"/>).</summary>
    public string Condition { get; private set; } = "TRUE";

    /// <summary>The parameters of <see cref="Condition"/>, in order.</summary>
    public IReadOnlyList<NpgsqlParameter> Parameters => _parameters;

    /// <summary>The words that count for ranking (not under NOT), or null when the query has none.</summary>
    public NpgsqlTsQuery? Rank { get; private set; }

    private int FirstParameter { get; init; }

    /// <summary>Translates <paramref name="query"/>; parameters are numbered from <paramref name="firstParameter"/>.</summary>
    public static PostgresQuery Translate(QueryNode? query, int firstParameter = 1)
    {
        var result = new PostgresQuery { FirstParameter = firstParameter };
        result.Condition = query is null ? "TRUE" : result.Visit(query, negated: false);
        result.Rank = result._rankTerms.Count switch
        {
            0 => null,
            1 => result._rankTerms[0],
            _ => result._rankTerms.Skip(1).Aggregate(result._rankTerms[0], (a, b) => new NpgsqlTsQueryOr(a, b)),
        };
        return result;
    }

    private string Visit(QueryNode node, bool negated) => node switch
    {
        AllNode => "TRUE",
        TermNode term => Term(term, negated),
        PhraseNode phrase => Phrase(phrase.Words.SelectMany(SearchTokenizer.Tokens).ToList(), phrase.Scope, prefix: false, negated),
        AndNode and => Join(and.Parts, " AND ", negated),
        OrNode or => Join(or.Parts, " OR ", negated),
        NotNode not => $"NOT ({Visit(not.Part, !negated)})",
        FilterNode filter => Filter(filter),
        ClassificationNode classification => $"c.classification = {Add((short)classification.Classification, NpgsqlDbType.Smallint)}",
        DateRangeNode range => DateRange(range),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "unknown query node"),
    };

    private string Join(IEnumerable<QueryNode> parts, string op, bool negated) =>
        "(" + string.Join(op, parts.Select(p => Visit(p, negated))) + ")";

    private string Term(TermNode term, bool negated)
    {
        var tokens = SearchTokenizer.Tokens(term.Word).ToList();
        if (tokens.Count == 0) return "FALSE";
        if (tokens.Count > 1) return Phrase(tokens, term.Scope, term.Prefix, negated);
        var lexeme = Lexeme(tokens[0], term.Scope, term.Prefix);
        if (!negated) _rankTerms.Add(Lexeme(tokens[0], TextScope.Any, term.Prefix));
        return $"w.tsv @@ {Add(lexeme, NpgsqlDbType.TsQuery)}";
    }

    /// <summary>Tokens in this order in one field (subject or body); with <paramref name="prefix"/> the last
    /// token may be a prefix, as FTS5's <c>"a b" *</c>.</summary>
    private string Phrase(List<string> tokens, TextScope scope, bool prefix, bool negated)
    {
        if (tokens.Count == 0) return "FALSE";
        if (tokens.Count == 1) return Term(new TermNode(tokens[0], prefix, scope), negated);
        var lexemes = tokens.Select((t, i) => Lexeme(t, scope, prefix && i == tokens.Count - 1)).ToList();
        if (!negated) _rankTerms.AddRange(tokens.Select((t, i) => Lexeme(t, TextScope.Any, prefix && i == tokens.Count - 1)));
        var all = lexemes.Skip(1).Aggregate((NpgsqlTsQuery)lexemes[0], (a, b) => new NpgsqlTsQueryAnd(a, b));
        var words = Add(all, NpgsqlDbType.TsQuery);
        var pattern = Add("% " + string.Join(' ', tokens) + (prefix ? "%" : " %"), NpgsqlDbType.Text);
        var sequence = scope == TextScope.Subject
            ? $"w.subject_words LIKE {pattern}"
            : $"(w.subject_words LIKE {pattern} OR w.body_words LIKE {pattern})";
        return $"(w.tsv @@ {words} AND {sequence})";
    }

    private static NpgsqlTsQueryLexeme Lexeme(string token, TextScope scope, bool prefix) =>
        new(token, scope == TextScope.Subject ? NpgsqlTsQueryLexeme.Weight.A : NpgsqlTsQueryLexeme.Weight.None, prefix);

    private string Filter(FilterNode filter)
    {
        var value = filter.Value;
        return filter.Field switch
        {
            FilterField.Tag => $"c.tags @> {Add(new[] { value }, NpgsqlDbType.Array | NpgsqlDbType.Text)}",
            FilterField.Caption => $"c.captions @> {Add(new[] { value }, NpgsqlDbType.Array | NpgsqlDbType.Text)}",
            FilterField.Addressee => $"c.addressees @> {Add(new[] { value }, NpgsqlDbType.Array | NpgsqlDbType.Text)}",
            FilterField.Reference => $"c.cited @> {Add(new[] { value }, NpgsqlDbType.Array | NpgsqlDbType.Text)}",
            FilterField.Origin => $"c.origin = {Add(value, NpgsqlDbType.Text)}",
            FilterField.Id => $"(c.reference_id = {Add(value, NpgsqlDbType.Text)} OR c.aliases @> {Add(new[] { value }, NpgsqlDbType.Array | NpgsqlDbType.Text)})",
            _ => throw new ArgumentOutOfRangeException(nameof(filter), filter.Field, "unknown filter field"),
        };
    }

    private string DateRange(DateRangeNode range)
    {
        var parts = new List<string> { "c.created IS NOT NULL" };
        if (range.From is { } from) parts.Add($"c.created >= {Add(Unspecified(from), NpgsqlDbType.Timestamp)}");
        if (range.Until is { } until) parts.Add($"c.created < {Add(Unspecified(until), NpgsqlDbType.Timestamp)}");
        return "(" + string.Join(" AND ", parts) + ")";
    }

    private static DateTime Unspecified(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Unspecified);

    private string Add(object value, NpgsqlDbType type)
    {
        _parameters.Add(new NpgsqlParameter { Value = value, NpgsqlDbType = type });
        return "$" + (FirstParameter + _parameters.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
