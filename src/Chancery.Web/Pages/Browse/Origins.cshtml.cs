using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chancery.Web.Pages.Browse;

/// <summary>Originating posts with their names and counts.</summary>
public sealed class OriginsModel(GuardedArchive archive) : PageModel
{
    internal IReadOnlyList<CountRow> Rows { get; private set; } = [];

    /// <summary>Sort by name rather than count.</summary>
    public bool ByName { get; private set; }

    /// <summary>Handles <c>GET /browse/origins[?sort=name]</c>.</summary>
    public async Task OnGetAsync(string? sort, CancellationToken cancellationToken)
    {
        ByName = sort == "name";
        var rows = await archive.GetStatsAsync(StatsDimension.Origin, null, HttpContext.Caller(), cancellationToken);
        Rows = ByName ? rows.OrderBy(r => r.Value, StringComparer.Ordinal).ToList() : rows;
    }
}
