using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Web.Security;
using Chancery.Archive.Query;
using Chancery.Web.Api;
using Chancery.Web.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chancery.Web.Pages;

/// <summary>Charts: cables over time, and over time for the leading origins, TAGS or classifications.</summary>
public sealed class StatsModel(GuardedArchive archive) : PageModel
{
    /// <summary>How many values get their own chart over time.</summary>
    public const int Multiples = 6;

    /// <summary>The query the charts are restricted to.</summary>
    public string Q { get; private set; } = "";

    /// <summary>The dimension: origin, tag or classification.</summary>
    public string By { get; private set; } = "classification";

    /// <summary>Why the query was refused.</summary>
    public string? Error { get; private set; }

    /// <summary>All matching cables by month.</summary>
    public string OverTimeSvg { get; private set; } = "";

    /// <summary>Counts by the dimension.</summary>
    public string BarsSvg { get; private set; } = "";

    /// <summary>The leading values and their charts over time.</summary>
    public List<(string Value, long Count, string Svg)> SmallMultiples { get; } = [];

    /// <summary>Handles <c>GET /stats?by=&amp;q=</c>.</summary>
    public async Task OnGetAsync(string? by, string? q, CancellationToken cancellationToken)
    {
        Q = q ?? "";
        By = by is "origin" or "tag" or "classification" ? by : "classification";
        var dimension = StatsDimensions.Parse(By)!.Value;
        var field = By == "classification" ? "class" : By;
        if (!TryParse(Q, out var query)) return;
        var months = await archive.GetStatsAsync(StatsDimension.Month, query, HttpContext.Caller(), cancellationToken);
        OverTimeSvg = MonthHistogram.Render(months, m => Links.Search(QueryRefiner.AddMonth(Q, m)), "Cables by month");
        var rows = (await archive.GetStatsAsync(dimension, query, HttpContext.Caller(), cancellationToken)).Take(20).ToList();
        BarsSvg = BarChart.Render(rows, v => Links.Refine(Q, field, v),
            v => By == "classification" ? ClassificationStyle.CssClass(v) : "", $"Cables by {By}");
        foreach (var row in rows.Take(Multiples))
        {
            var refined = QueryRefiner.Add(Q, field, row.Value);
            if (!TryParse(refined, out var part)) continue;
            var series = await archive.GetStatsAsync(StatsDimension.Month, part, HttpContext.Caller(), cancellationToken);
            SmallMultiples.Add((row.Value, row.Count,
                MonthHistogram.Render(series, m => Links.Search(QueryRefiner.AddMonth(refined, m)), $"{row.Value} by month")));
        }
    }

    private bool TryParse(string text, out QueryNode? query)
    {
        query = null;
        if (text.Length > SearchInput.MaxQueryLength)
        {
            Error = "the query is too long";
            Response.StatusCode = 400;
            return false;
        }
        var parsed = QueryParser.Parse(text);
        if (!parsed.Succeeded)
        {
            Error = parsed.Error!.ToString();
            Response.StatusCode = 400;
            return false;
        }
        query = parsed.Query is AllNode ? null : parsed.Query;
        return true;
    }
}
