using Chancery.Archive.Query;

namespace Chancery.Cli.Archive;

/// <summary>The QUERY argument: words joined by spaces (so <c>search tag:PREL origin:ASTANA</c> needs no quotes), parsed.</summary>
internal static class QueryText
{
    /// <summary>Joins the argument's tokens into one query text.</summary>
    public static string Join(IEnumerable<string>? tokens) => string.Join(' ', tokens ?? []);

    /// <summary>Parses <paramref name="text"/>; on a syntax error writes one line naming the position and returns false.</summary>
    public static bool TryParse(CliConsole console, string text, out QueryNode query)
    {
        var result = QueryParser.Parse(text);
        if (result is { Succeeded: true, Query: { } parsed })
        {
            query = parsed;
            return true;
        }
        console.Fail(result.Error?.ToString() ?? "query error");
        query = AllNode.Instance;
        return false;
    }
}
