using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chancery.Web.Pages;

/// <summary>The front page: a search box, how many cables the reader may see, the latest cables and the commonest TAGS.</summary>
public sealed class IndexModel(GuardedArchive archive) : PageModel
{
    internal SearchResults Latest { get; private set; } = null!;

    /// <summary>Handles <c>GET /</c>.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Latest = await archive.SearchAsync(new SearchRequest(null, 8, 1, SearchSort.DateDescending, 16), HttpContext.Caller(), cancellationToken);
    }
}
