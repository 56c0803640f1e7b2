using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Web.Security;
using Chancery.Web.Api;
using Chancery.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chancery.Web.Pages.Cables;

/// <summary>The reference graph around a cable as a server-drawn SVG.</summary>
public sealed class GraphModel(GuardedArchive archive) : PageModel
{
    /// <summary>The centre cable's reference id.</summary>
    public string ReferenceId { get; private set; } = "";

    /// <summary>Steps followed each way.</summary>
    public int Depth { get; private set; }

    internal ReferenceNeighbourhood Graph { get; private set; } = null!;

    /// <summary>The picture (built with escaping).</summary>
    public string GraphSvgMarkup { get; private set; } = "";

    /// <summary>Handles <c>GET /cables/{id}/graph?depth=1..3</c>.</summary>
    public async Task<IActionResult> OnGetAsync(string id, int? depth, CancellationToken cancellationToken)
    {
        if (!CableIds.IsPlausible(id)) return NotFound();
        Depth = Math.Clamp(depth ?? 2, 1, 3);
        var graph = await ReferenceNeighbourhood.CollectAsync(archive, CableIds.Normalize(id), HttpContext.Caller(), Depth, cancellationToken);
        if (graph is null) return NotFound();
        Graph = graph;
        ReferenceId = graph.Nodes.First(n => n.Layer == 0).Id;
        GraphSvgMarkup = GraphSvg.Render(graph,
            node => node.InArchive ? Links.Graph(node.Id) : Links.Search("ref:" + node.Id),
            $"Reference graph around {ReferenceId}");
        return Page();
    }
}
