namespace Chancery.Web.Rendering;

/// <summary>Adds a facet's filter to a query's text, so that clicking a facet narrows what is shown.</summary>
internal static class QueryRefiner
{
    /// <summary>
    /// The query with <c>field:value</c> added (quoted when the value holds anything but letters, digits and
    /// <c>-_./</c>); unchanged when the filter is already there.
    /// </summary>
    public static string Add(string? query, string field, string value)
    {
        var filter = field + ":" + Quote(value);
        var text = (query ?? "").Trim();
        if (text.Length == 0 || text == "*") return filter;
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(filter, StringComparer.OrdinalIgnoreCase)) return text;
        var needsGroup = text.Contains(" OR ", StringComparison.Ordinal);
        return (needsGroup ? "(" + text + ")" : text) + " " + filter;
    }

    /// <summary>The query restricted to one month (<c>2006-04</c>).</summary>
    public static string AddMonth(string? query, string month) =>
        Add(Add(query, "from", month), "to", month);

    /// <summary>A value as the query language reads it.</summary>
    public static string Quote(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/')
            ? value
            : "\"" + value.Replace("\"", "", StringComparison.Ordinal) + "\"";
}
