using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Web.Security;
using Chancery.Cables;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chancery.Web.Pages.Browse;

/// <summary>TAGS in the archive with counts and the glossary meaning, grouped by family.</summary>
public sealed class TagsModel(GuardedArchive archive) : PageModel
{
    /// <summary>A TAG row.</summary>
    internal sealed record Row(string Tag, TagInfo? Info, long Count);

    internal IReadOnlyList<IGrouping<string, Row>> Groups { get; private set; } = [];

    /// <summary>True to list the whole glossary, also TAGS no cable carries.</summary>
    public bool All { get; private set; }

    /// <summary>Handles <c>GET /browse/tags[?all=true]</c>.</summary>
    public async Task OnGetAsync(bool? all, CancellationToken cancellationToken)
    {
        All = all == true;
        var counts = await archive.GetStatsAsync(StatsDimension.Tag, null, HttpContext.Caller(), cancellationToken);
        var rows = counts.Select(r => new Row(r.Value, TagDirectory.Default.TryGet(r.Value, out var i) ? i : null, r.Count)).ToList();
        if (All)
        {
            var seen = rows.Select(r => r.Tag).ToHashSet(StringComparer.OrdinalIgnoreCase);
            rows.AddRange(TagDirectory.Default.All.Where(t => !seen.Contains(t.Tag)).Select(t => new Row(t.Tag, t, 0)));
        }
        Groups = rows
            .OrderBy(r => r.Tag, StringComparer.Ordinal)
            .GroupBy(r => r.Info?.Kind switch
            {
                TagKind.Subject => "Subject TAGS",
                TagKind.Program => "Program TAGS",
                TagKind.Geographic => "Countries and regions",
                TagKind.Organization => "Organisations",
                _ => "Not in the TAGS directory",
            })
            .OrderBy(g => g.Key == "Not in the TAGS directory" ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
    }
}
