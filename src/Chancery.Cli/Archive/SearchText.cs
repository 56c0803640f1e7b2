using System.Globalization;
using Chancery.Archive;
using Chancery.Cables;
using Spectre.Console;

namespace Chancery.Cli.Archive;

/// <summary>The search answer for people: a line per hit with its snippet, matches highlighted, then the facets.</summary>
internal static class SearchText
{
    public static void Write(IAnsiConsole console, SearchResults results, SearchRequest request)
    {
        var pages = Math.Max(1, (results.Total + request.Limit - 1) / request.Limit);
        var first = (long)(request.Page - 1) * request.Limit + 1;
        console.MarkupLine(results.Results.Count == 0
            ? $"[bold]{N(results.Total)} matches[/]" + (results.Total > 0 ? $" (page {request.Page} is past the last, {pages})" : "")
            : $"[bold]{N(results.Total)} matches[/], {N(first)}-{N(first + results.Results.Count - 1)} shown (page {request.Page} of {N(pages)})");
        foreach (var hit in results.Results)
        {
            console.WriteLine();
            var date = hit.Created?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "no date";
            var level = hit.Classification is { } c ? Names.Of(c) : "unknown classification";
            var captions = hit.Captions.Count == 0 ? "" : "//" + string.Join("//", hit.Captions);
            console.MarkupLine($"[bold cyan]{Markup.Escape(hit.ReferenceId)}[/]  {date}  {Markup.Escape(hit.Origin ?? "?")}  " +
                $"{Markup.Escape(level + captions)}  [dim]{Markup.Escape(string.Join(' ', hit.Tags))}[/]");
            if (hit.Subject is { } subject) console.MarkupLine("  [bold]" + Markup.Escape(subject) + "[/]");
            if (hit.Snippet.Length > 0)
                console.MarkupLine("  " + Highlighter.Markup(hit.Snippet.ReplaceLineEndings(" "), hit.Highlights));
        }
        if (results.Total == 0) return;
        console.WriteLine();
        Facet(console, "tags", results.Facets.Tags);
        Facet(console, "origins", results.Facets.Origins);
        Facet(console, "classifications", results.Facets.Classifications);
        Facet(console, "captions", results.Facets.Captions);
        Facet(console, "years", results.Facets.Years);
    }

    private static void Facet(IAnsiConsole console, string name, IReadOnlyList<CountRow> rows)
    {
        if (rows.Count == 0) return;
        var shown = rows.Take(12).Select(r => $"{Markup.Escape(r.Value)} [dim]{N(r.Count)}[/]");
        var more = rows.Count > 12 ? $" [dim](+{rows.Count - 12} more)[/]" : "";
        console.MarkupLine($"[bold]{name}:[/] {string.Join("  ", shown)}{more}");
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
