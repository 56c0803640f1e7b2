using Chancery.Archive;

namespace Chancery.Web.Rendering;

/// <summary>
/// Counts by month as an SVG column chart; each month that has cables is a link (to a search restricted to that month).
/// Months without cables between the first and the last are drawn as gaps so time reads evenly.
/// </summary>
internal static class MonthHistogram
{
    public static string Render(IReadOnlyList<CountRow> months, Func<string, string> hrefOfMonth, string label)
    {
        var series = Fill(months);
        if (series.Count == 0) return "";
        const double height = 120, top = 8, bottom = 22, width = 720;
        var max = Math.Max(1, series.Max(m => m.Count));
        var slot = width / series.Count;
        var bar = Math.Clamp(slot * 0.82, 1, 36);
        var content = new List<object>();
        // Axis labels: first month of each year (or of the series), spaced so they never overlap.
        var lastLabelX = double.NegativeInfinity;
        for (var i = 0; i < series.Count; i++)
        {
            var (month, count) = series[i];
            var x = i * slot + (slot - Math.Min(slot, bar / 0.82)) / 2;
            var h = count == 0 ? 0 : Math.Max(2, (height - top - bottom) * count / max);
            if (count > 0)
            {
                content.Add(Svg.Link(hrefOfMonth(month), $"{month}: {count} cables",
                    Svg.El("rect", Svg.A("class", "bar"), Svg.A("x", x), Svg.A("y", height - bottom - h), Svg.A("width", bar), Svg.A("height", h),
                        Svg.El("title", $"{month}: {count:N0}")),
                    // A full-height transparent target so thin bars are easy to hit.
                    Svg.El("rect", Svg.A("class", "target"), Svg.A("x", x), Svg.A("y", top), Svg.A("width", slot), Svg.A("height", height - top - bottom))));
            }
            // Few months: label each month; many: label each year.
            var axisLabel = series.Count <= 18 ? month : month[..4];
            if ((series.Count <= 18 || i == 0 || month.EndsWith("-01", StringComparison.Ordinal)) && x - lastLabelX > 48)
            {
                content.Add(Svg.El("text", Svg.A("class", "axis"), Svg.A("x", x), Svg.A("y", height - 6), axisLabel));
                content.Add(Svg.El("line", Svg.A("class", "tick"), Svg.A("x1", x), Svg.A("x2", x), Svg.A("y1", height - bottom), Svg.A("y2", height - bottom + 4)));
                lastLabelX = x;
            }
        }
        content.Add(Svg.El("line", Svg.A("class", "baseline"), Svg.A("x1", 0), Svg.A("x2", width), Svg.A("y1", height - bottom), Svg.A("y2", height - bottom)));
        content.Add(Svg.El("text", Svg.A("class", "axis max"), Svg.A("x", width), Svg.A("y", top + 2), max.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
        return Svg.ToHtml(Svg.Root(width, height, label, "chart histogram", content));
    }

    /// <summary>The months from the first to the last, with zero counts for the missing ones (at most 50 years).</summary>
    internal static List<(string Month, long Count)> Fill(IReadOnlyList<CountRow> months)
    {
        var known = new Dictionary<DateOnly, long>();
        foreach (var row in months)
            if (DateOnly.TryParseExact(row.Value + "-01", "yyyy-MM-dd", out var d)) known[d] = known.GetValueOrDefault(d) + row.Count;
        if (known.Count == 0) return [];
        var first = known.Keys.Min();
        var last = known.Keys.Max();
        var result = new List<(string, long)>();
        for (var m = first; m <= last && result.Count < 600; m = m.AddMonths(1))
            result.Add((m.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), known.GetValueOrDefault(m)));
        return result;
    }
}
