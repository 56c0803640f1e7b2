using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Web.Security;
using Chancery.Web.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chancery.Web.Pages.Browse;

/// <summary>The archive along the calendar: a histogram and a year-by-month table.</summary>
public sealed class MonthsModel(GuardedArchive archive) : PageModel
{
    internal IReadOnlyList<CountRow> Months { get; private set; } = [];

    /// <summary>The histogram (built with escaping).</summary>
    public string HistogramSvg { get; private set; } = "";

    /// <summary>Handles <c>GET /browse/months</c>.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Months = await archive.GetStatsAsync(StatsDimension.Month, null, HttpContext.Caller(), cancellationToken);
        HistogramSvg = MonthHistogram.Render(Months, m => Links.Search(QueryRefiner.AddMonth(null, m), sort: SearchSort.Date), "Cables by month");
    }
}
