using Chancery.Archive;
using Chancery.Archive.Query;

namespace Chancery.Web.Api;

/// <summary>
/// The search parameters of a request (<c>q</c>, <c>page</c>, <c>pageSize</c>, <c>sort</c>) checked against the limits
/// and turned into a <see cref="SearchRequest"/>, or a reason to refuse it. Shared by the API and the search page.
/// </summary>
internal static class SearchInput
{
    /// <summary>The longest query text accepted.</summary>
    public const int MaxQueryLength = 1000;

    /// <summary>The largest page size accepted.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The default page size.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>The deepest result reachable by paging (page × pageSize); deeper paging asks for a narrower query.</summary>
    public const int MaxDepth = 10_000;

    /// <summary>A checked search, or why it was refused.</summary>
    /// <param name="Request">The request for the store when valid.</param>
    /// <param name="Error">What is wrong, one line, when refused.</param>
    /// <param name="ErrorPosition">0-based position in the query of a syntax error.</param>
    public sealed record Result(SearchRequest? Request, string? Error, int? ErrorPosition = null);

    public static Result Parse(string? q, int? page, int? pageSize, string? sort, int facetLimit = 20)
    {
        q ??= "";
        if (q.Length > MaxQueryLength)
            return new(null, $"the query is {q.Length} characters long; at most {MaxQueryLength} are accepted");
        var size = pageSize ?? DefaultPageSize;
        if (size is < 1 or > MaxPageSize)
            return new(null, $"pageSize must be between 1 and {MaxPageSize}");
        var number = page ?? 1;
        if (number < 1) return new(null, "page must be 1 or more");
        if ((long)number * size > MaxDepth)
            return new(null, $"results beyond the first {MaxDepth} cannot be paged to; narrow the query");
        if (!TryParseSort(sort, out var order))
            return new(null, "sort must be relevance, date or -date");
        var parsed = QueryParser.Parse(q);
        if (!parsed.Succeeded)
            return new(null, parsed.Error!.ToString(), parsed.Error.Position);
        var query = parsed.Query is AllNode ? null : parsed.Query;
        return new(new SearchRequest(query, size, number, order, facetLimit), null);
    }

    public static bool TryParseSort(string? text, out SearchSort sort)
    {
        switch (text)
        {
            case null or "" or "relevance": sort = SearchSort.Relevance; return true;
            case "date": sort = SearchSort.Date; return true;
            case "-date": sort = SearchSort.DateDescending; return true;
            default: sort = SearchSort.Relevance; return false;
        }
    }

    /// <summary>The URL spelling of a sort order (null for the default).</summary>
    public static string? SortText(SearchSort sort) => sort switch
    {
        SearchSort.Date => "date",
        SearchSort.DateDescending => "-date",
        _ => null,
    };
}
