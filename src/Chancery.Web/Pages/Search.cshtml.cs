using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Web.Security;
using Chancery.Web.Api;
using Chancery.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chancery.Web.Pages;

/// <summary>The search page: query box, results with snippets, facets that refine, month histogram, paging, sort.</summary>
public sealed class SearchModel(GuardedArchive archive, HistogramCache histograms) : PageModel
{
    /// <summary>The query text.</summary>
    public string Q { get; private set; } = "";

    /// <summary>The request when the input was valid.</summary>
    internal SearchRequest? Search { get; private set; }

    /// <summary>The results when the input was valid.</summary>
    internal SearchResults? Results { get; private set; }

    /// <summary>Why the input was refused.</summary>
    public string? Error { get; private set; }

    /// <summary>The 0-based position of a syntax error in <see cref="Q"/>.</summary>
    public int? ErrorPosition { get; private set; }

    /// <summary>The month histogram as SVG markup (built with escaping).</summary>
    public string HistogramSvg { get; private set; } = "";

    /// <summary>Handles <c>GET /search?q=&amp;page=&amp;pageSize=&amp;sort=</c>.</summary>
    /// <remarks>"page" is also the route value naming the Razor page, so the page number is bound from the query string alone.</remarks>
    public async Task OnGetAsync(string? q, [FromQuery(Name = "page")] int? pageNumber, int? pageSize, string? sort, CancellationToken cancellationToken)
    {
        Q = q ?? "";
        ViewData["Query"] = Q;
        var input = SearchInput.Parse(q, pageNumber, pageSize, sort, facetLimit: 12);
        if (input.Request is not { } request)
        {
            Error = input.Error;
            ErrorPosition = input.ErrorPosition;
            Response.StatusCode = 400;
            return;
        }
        Search = request;
        Results = await archive.SearchAsync(request, HttpContext.Caller(), cancellationToken);
        var months = Results.Facets.Months;
        HistogramSvg = histograms.GetOrDraw($"search\n{request.Sort}\n{Q}", months, () =>
            MonthHistogram.Render(months, month => Links.Search(QueryRefiner.AddMonth(Q, month), sort: request.Sort),
                "Matching cables by month; choose a month to see only its cables"));
    }

    /// <summary>The number of pages of the current results.</summary>
    internal long PageCount => Results is null || Search is null ? 0 : Math.Min((Results.Total + Search.Limit - 1) / Search.Limit, SearchInput.MaxDepth / Search.Limit);
}
