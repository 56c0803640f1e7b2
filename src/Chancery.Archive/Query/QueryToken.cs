namespace Chancery.Archive.Query;

/// <summary>What a piece of query text is.</summary>
internal enum QueryTokenKind
{
    /// <summary>A bare word, possibly ending in <c>*</c>.</summary>
    Word,
    /// <summary>A quoted phrase (<see cref="QueryToken.Text"/> without the quotes).</summary>
    Phrase,
    /// <summary><c>name:</c> (<see cref="QueryToken.Text"/> is the name); its value is the next token.</summary>
    Field,
    /// <summary>The <c>AND</c> operator.</summary>
    And,
    /// <summary>The <c>OR</c> operator.</summary>
    Or,
    /// <summary>The <c>NOT</c> operator, or <c>-</c> right before a part.</summary>
    Not,
    /// <summary><c>(</c>.</summary>
    Open,
    /// <summary><c>)</c>.</summary>
    Close,
    /// <summary>The end of the query.</summary>
    End,
}

/// <summary>One token of a query with its 0-based position.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Text">The word, phrase or field name; empty for operators and parentheses.</param>
/// <param name="Position">Where it starts in the query.</param>
internal readonly record struct QueryToken(QueryTokenKind Kind, string Text, int Position)
{
    /// <summary>True when the token can begin an operand (a word, phrase, field, <c>(</c> or <c>NOT</c>).</summary>
    public bool StartsOperand => Kind is QueryTokenKind.Word or QueryTokenKind.Phrase or QueryTokenKind.Field
        or QueryTokenKind.Open or QueryTokenKind.Not;
}
