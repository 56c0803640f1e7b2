namespace Chancery.Archive.Query;

/// <summary>What <see cref="QueryParser.Parse"/> made of a query: a tree, or an error with its position.</summary>
/// <param name="Query">The parsed query when it parsed.</param>
/// <param name="Error">Why it did not parse, when it did not.</param>
public sealed record QueryParseResult(QueryNode? Query, QueryError? Error)
{
    /// <summary>True when <see cref="Query"/> is set.</summary>
    public bool Succeeded => Error is null;
}

/// <summary>A query syntax error.</summary>
/// <param name="Position">0-based character offset into the query text.</param>
/// <param name="Message">What is wrong, e.g. <c>unclosed parenthesis</c>.</param>
public sealed record QueryError(int Position, string Message)
{
    /// <summary>One line for users: <c>query error at position 12: unclosed parenthesis</c>.</summary>
    public override string ToString() => $"query error at position {Position + 1}: {Message}";
}
