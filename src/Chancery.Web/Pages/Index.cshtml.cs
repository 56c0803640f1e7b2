using Chancery.Archive;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chancery.Web.Pages;

/// <summary>The front page: a search box, the archive's size, the latest cables and the commonest TAGS.</summary>
public sealed class IndexModel(IArchiveStore store) : PageModel
{
    internal ArchiveCounts Counts { get; private set; } = new(0, 0);

    internal SearchResults Latest { get; private set; } = null!;

    /// <summary>Handles <c>GET /</c>.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Counts = await store.CountAsync(cancellationToken);
        Latest = await store.SearchAsync(new SearchRequest(null, 8, 1, SearchSort.DateDescending, 16), Principal.Unrestricted, cancellationToken);
    }
}
