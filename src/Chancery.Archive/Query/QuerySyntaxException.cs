namespace Chancery.Archive.Query;

/// <summary>Unwinds the parser on the first error; <see cref="QueryParser.Parse"/> turns it into a <see cref="QueryError"/>.</summary>
internal sealed class QuerySyntaxException(int position, string message) : Exception(message)
{
    /// <summary>0-based position of the error.</summary>
    public int Position { get; } = position;

    /// <summary>The error as the parse result carries it.</summary>
    public QueryError ToError() => new(Position, Message);
}
