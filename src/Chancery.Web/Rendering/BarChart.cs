using System.Globalization;
using Chancery.Archive;

namespace Chancery.Web.Rendering;

/// <summary>Counts as a horizontal SVG bar chart, each bar a link.</summary>
internal static class BarChart
{
    public static string Render(IReadOnlyList<CountRow> rows, Func<string, string> hrefOf, Func<string, string> barClassOf, string label)
    {
        if (rows.Count == 0) return "";
        const double width = 720, labelWidth = 150, row = 22, countWidth = 70;
        var height = rows.Count * row + 4;
        var max = Math.Max(1, rows.Max(r => r.Count));
        var content = new List<object>();
        for (var i = 0; i < rows.Count; i++)
        {
            var y = i * row + 2;
            var w = Math.Max(2, (width - labelWidth - countWidth) * rows[i].Count / max);
            var value = rows[i].Value;
            content.Add(Svg.Link(hrefOf(value), $"{value}: {rows[i].Count} cables",
                Svg.El("text", Svg.A("class", "label"), Svg.A("x", labelWidth - 8), Svg.A("y", y + 15), Truncate(value, 22)),
                Svg.El("rect", Svg.A("class", "bar " + barClassOf(value)), Svg.A("x", labelWidth), Svg.A("y", y + 3), Svg.A("width", w), Svg.A("height", row - 6),
                    Svg.El("title", $"{value}: {rows[i].Count:N0}")),
                Svg.El("text", Svg.A("class", "count"), Svg.A("x", labelWidth + w + 6), Svg.A("y", y + 15),
                    rows[i].Count.ToString("N0", CultureInfo.InvariantCulture))));
        }
        return Svg.ToHtml(Svg.Root(width, height, label, "chart bars", content));
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";
}
