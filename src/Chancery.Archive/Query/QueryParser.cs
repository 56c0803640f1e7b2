using Chancery.Archive.Text;
using Chancery.Cables;

namespace Chancery.Archive.Query;

/// <summary>
/// Parses the archive's query language: words, "phrases", AND/OR/NOT (and <c>-word</c>), parentheses, <c>prefix*</c>,
/// and field filters <c>tag: origin: class: caption: from: to: ref: id: subject:(...)</c>. Never throws.
/// </summary>
/// <remarks>
/// <para>Grammar: <c>query = or; or = and ("OR" and)*; and = unary ("AND"? unary)*; unary = ("NOT" | "-") unary | primary;
/// primary = "(" or ")" | word | "phrase" | field ":" (value | "phrase" | "(" or ")")</c>. Operators are upper case;
/// adjacent parts are joined by AND, which binds tighter than OR. <c>field:(a OR b)</c> applies the field to each
/// value inside; <c>subject:(...)</c> restricts its words and phrases to the subject line.</para>
/// <para>Words are folded by <see cref="SearchTokenizer"/>; a word it splits (<c>post-soviet</c>) becomes a phrase.
/// The tree is simplified (<see cref="QuerySimplifier"/>): a query made only of negations means "everything but".</para>
/// </remarks>
public static class QueryParser
{
    /// <summary>The longest query accepted, in characters.</summary>
    public const int MaxLength = 2_000;

    /// <summary>The most words, phrases and filters a query may hold.</summary>
    public const int MaxTerms = 100;

    /// <summary>The deepest nesting of parentheses and negations.</summary>
    public const int MaxDepth = 32;

    /// <summary>The fewest letters before a <c>*</c>.</summary>
    public const int MinPrefixLength = 2;

    /// <summary>The message of the error returned if the parser itself fails (a defect).</summary>
    public const string InternalErrorMessage = "the query could not be read";

    /// <summary>Parses <paramref name="text"/>; an empty or blank query gives <see cref="AllNode"/>.</summary>
    public static QueryParseResult Parse(string? text)
    {
        text ??= "";
        if (text.Length > MaxLength)
            return new QueryParseResult(null, new QueryError(MaxLength, $"the query is longer than {MaxLength} characters"));
        try
        {
            var tokens = QueryLexer.Tokenize(text);
            var parser = new Parser(tokens);
            return new QueryParseResult(QuerySimplifier.Simplify(parser.ParseQuery()), null);
        }
        catch (QuerySyntaxException e)
        {
            return new QueryParseResult(null, e.ToError());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect, not a user error; the tests assert it never happens, callers still get an answer.
            return new QueryParseResult(null, new QueryError(0, InternalErrorMessage));
        }
    }

    /// <summary>Where words go: anywhere, the subject line, or a field's values.</summary>
    private readonly record struct Context(TextScope Scope, QueryField? Field);

    private sealed class Parser(List<QueryToken> tokens)
    {
        private int _next;
        private int _terms;
        private int _depth;

        private QueryToken Peek => tokens[_next];

        public QueryNode ParseQuery()
        {
            if (Peek.Kind == QueryTokenKind.End) return AllNode.Instance;
            var query = ParseOr(new Context(TextScope.Any, null));
            if (Peek.Kind == QueryTokenKind.Close) throw new QuerySyntaxException(Peek.Position, "unmatched closing parenthesis");
            return query;
        }

        private QueryNode ParseOr(Context context)
        {
            var parts = new List<QueryNode> { ParseAnd(context) };
            while (Peek.Kind == QueryTokenKind.Or)
            {
                var or = tokens[_next++];
                RequireOperand(or, "OR");
                parts.Add(ParseAnd(context));
            }
            return parts.Count == 1 ? parts[0] : new OrNode(parts.ToEquatableList());
        }

        private QueryNode ParseAnd(Context context)
        {
            var parts = new List<QueryNode> { ParseUnary(context) };
            while (true)
            {
                if (Peek.Kind == QueryTokenKind.And)
                {
                    var and = tokens[_next++];
                    RequireOperand(and, "AND");
                    parts.Add(ParseUnary(context));
                }
                else if (Peek.StartsOperand)
                {
                    parts.Add(ParseUnary(context));
                }
                else
                {
                    break;
                }
            }
            return parts.Count == 1 ? parts[0] : new AndNode(parts.ToEquatableList());
        }

        private QueryNode ParseUnary(Context context)
        {
            var token = Peek;
            if (token.Kind == QueryTokenKind.Not)
            {
                _next++;
                RequireOperand(token, "NOT");
                Enter(token);
                var part = ParseUnary(context);
                _depth--;
                return new NotNode(part);
            }
            return ParsePrimary(context);
        }

        private QueryNode ParsePrimary(Context context)
        {
            var token = tokens[_next];
            switch (token.Kind)
            {
                case QueryTokenKind.Open:
                    return ParseGroup(context);
                case QueryTokenKind.Word:
                    _next++;
                    return Count(token, Value(context, token.Text, quoted: false, token.Position));
                case QueryTokenKind.Phrase:
                    _next++;
                    return Count(token, Value(context, token.Text, quoted: true, token.Position));
                case QueryTokenKind.Field:
                    _next++;
                    return ParseField(context, token);
                case QueryTokenKind.And or QueryTokenKind.Or:
                    throw new QuerySyntaxException(token.Position, $"{(token.Kind == QueryTokenKind.And ? "AND" : "OR")} needs something before it");
                case QueryTokenKind.Close:
                    throw new QuerySyntaxException(token.Position, "unmatched closing parenthesis");
                default:
                    throw new QuerySyntaxException(token.Position, "the query ends too early");
            }
        }

        private QueryNode ParseGroup(Context context)
        {
            var open = tokens[_next++];
            if (Peek.Kind == QueryTokenKind.Close) throw new QuerySyntaxException(open.Position, "empty parentheses");
            if (Peek.Kind == QueryTokenKind.End) throw new QuerySyntaxException(open.Position, "unclosed parenthesis");
            Enter(open);
            var inner = ParseOr(context);
            _depth--;
            if (Peek.Kind != QueryTokenKind.Close) throw new QuerySyntaxException(open.Position, "unclosed parenthesis");
            _next++;
            return inner;
        }

        private QueryNode ParseField(Context context, QueryToken name)
        {
            if (!QueryFields.TryGet(name.Text, out var field))
                throw new QuerySyntaxException(name.Position, $"unknown field '{name.Text}:' (fields: {string.Join(", ", QueryFields.Names.Select(n => n + ":"))})");
            if (context.Field is not null || context.Scope != TextScope.Any)
                throw new QuerySyntaxException(name.Position, $"a field cannot be used inside {FieldName(context)}:(...)");
            var valueStart = name.Position + name.Text.Length + 1;
            var value = Peek;
            if (value.Position != valueStart || value.Kind is not (QueryTokenKind.Word or QueryTokenKind.Phrase or QueryTokenKind.Open))
                throw new QuerySyntaxException(name.Position, $"{name.Text.ToLowerInvariant()}: needs a value right after the colon");
            var inner = field == QueryField.Subject ? new Context(TextScope.Subject, null) : new Context(TextScope.Any, field);
            if (value.Kind == QueryTokenKind.Open) return ParseGroup(inner);
            _next++;
            return Count(value, Value(inner, value.Text, value.Kind == QueryTokenKind.Phrase, value.Position));
        }

        /// <summary>A word or phrase in its context: text to search for, or a field's value.</summary>
        private static QueryNode Value(Context context, string text, bool quoted, int position)
        {
            if (context.Field is { } field) return QueryFields.Make(field, text, quoted, position);
            return quoted ? Phrase(text, context.Scope, position) : Word(text, context.Scope, position);
        }

        private static QueryNode Word(string text, TextScope scope, int position)
        {
            if (text == "*") return AllNode.Instance;
            var star = text.IndexOf('*');
            var prefix = star >= 0;
            if (prefix && star != text.Length - 1) throw new QuerySyntaxException(position + star, "* can only end a word");
            var words = SearchTokenizer.Tokens(prefix ? text[..^1] : text).ToList();
            if (prefix)
            {
                if (words.Count != 1 || !char.IsLetterOrDigit(text[^2]))
                    throw new QuerySyntaxException(position + star, "* must follow a single word (e.g. pipe*)");
                if (words[0].Length < MinPrefixLength)
                    throw new QuerySyntaxException(position, $"a prefix needs at least {MinPrefixLength} letters before *");
                return new TermNode(words[0], true, scope);
            }
            return words.Count switch
            {
                0 => throw new QuerySyntaxException(position, "nothing to search for in this word"),
                1 => new TermNode(words[0], false, scope),
                _ => new PhraseNode(words.ToEquatableList(), scope),
            };
        }

        private static QueryNode Phrase(string text, TextScope scope, int position)
        {
            var words = SearchTokenizer.Tokens(text).ToList();
            return words.Count switch
            {
                0 => throw new QuerySyntaxException(position, "empty phrase"),
                1 => new TermNode(words[0], false, scope),
                _ => new PhraseNode(words.ToEquatableList(), scope),
            };
        }

        private void RequireOperand(QueryToken op, string name)
        {
            if (!Peek.StartsOperand) throw new QuerySyntaxException(op.Position, $"{name} needs something after it");
        }

        private void Enter(QueryToken token)
        {
            if (++_depth > MaxDepth) throw new QuerySyntaxException(token.Position, $"the query nests deeper than {MaxDepth} levels");
        }

        private QueryNode Count(QueryToken token, QueryNode node)
        {
            if (++_terms > MaxTerms) throw new QuerySyntaxException(token.Position, $"the query has more than {MaxTerms} terms");
            return node;
        }

        private static string FieldName(Context context) =>
            context.Field is { } field ? QueryFields.Name(field) : "subject";
    }
}
