namespace Chancery.Archive.Query;

/// <summary>
/// Parses the archive's query language: words, "phrases", AND/OR/NOT (and <c>-word</c>), parentheses, <c>prefix*</c>,
/// and field filters <c>tag: origin: class: caption: from: to: ref: id: subject:(...)</c>. Never throws.
/// </summary>
public static class QueryParser
{
    /// <summary>Parses <paramref name="text"/>; an empty or blank query gives <see cref="AllNode"/>.</summary>
    public static QueryParseResult Parse(string text)
    {
        // Placeholder until the parser lands: single words only.
        if (string.IsNullOrWhiteSpace(text))
            return new QueryParseResult(AllNode.Instance, null);
        return new QueryParseResult(new TermNode(text.Trim().ToLowerInvariant()), null);
    }
}
