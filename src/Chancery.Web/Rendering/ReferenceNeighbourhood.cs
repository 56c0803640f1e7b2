using Chancery.Archive;
using Chancery.Archive.Query;
using Chancery.Archive.Security;
using Chancery.Cables;

namespace Chancery.Web.Rendering;

/// <summary>A node of the reference graph around a cable.</summary>
/// <param name="Id">Reference id.</param>
/// <param name="Layer">0 for the centre, negative for cables it cites (older), positive for cables citing it.</param>
/// <param name="InArchive">False for a cited id the archive does not hold.</param>
/// <param name="Classification">Its level when known.</param>
/// <param name="Subject">Its subject when known.</param>
internal sealed record GraphNode(string Id, int Layer, bool InArchive, Classification? Classification, string? Subject);

/// <summary>An edge: <paramref name="From"/> cites <paramref name="To"/>.</summary>
internal sealed record GraphEdge(string From, string To);

/// <summary>The cables around a centre cable, following references backwards and citations forwards.</summary>
internal sealed record ReferenceNeighbourhood(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, bool Truncated)
{
    /// <summary>Nodes at most per layer, so that a much-cited cable still gives a readable picture.</summary>
    public const int MaxPerLayer = 12;

    /// <summary>
    /// Collects up to <paramref name="depth"/> steps each way as <paramref name="caller"/> may see them, or null when the
    /// centre is absent or not visible. The centre counts as one read; the neighbours' subjects and levels come from one
    /// search per layer (audited as such), so a graph costs the reader's limit what a page of results does.
    /// </summary>
    public static async Task<ReferenceNeighbourhood?> CollectAsync(GuardedArchive archive, string centre, Caller caller, int depth,
        CancellationToken cancellationToken)
    {
        var root = await archive.GetCableAsync(centre, caller, cancellationToken);
        if (root is null) return null;
        var nodes = new Dictionary<string, GraphNode>(StringComparer.OrdinalIgnoreCase)
        {
            [root.ReferenceId] = new(root.ReferenceId, 0, true, root.Cable.Classification, root.Cable.Subject),
        };
        var edges = new HashSet<GraphEdge>();
        var truncated = false;
        foreach (var direction in new[] { -1, 1 })
        {
            var frontier = new List<string> { root.ReferenceId };
            for (var step = 1; step <= depth && frontier.Count > 0; step++)
            {
                var layer = new List<(string Id, bool Present)>();
                foreach (var id in frontier)
                {
                    var links = await archive.GetReferencesAsync(id, caller, cancellationToken);
                    if (links is null) continue;
                    var neighbours = direction < 0
                        ? links.References.Select(r => (Id: r, Present: true)).Concat(links.Dangling.Select(d => (Id: d, Present: false)))
                        : links.CitedBy.Select(c => (Id: c, Present: true));
                    foreach (var (neighbour, present) in neighbours)
                    {
                        var edge = direction < 0 ? new GraphEdge(id, neighbour) : new GraphEdge(neighbour, id);
                        if (nodes.ContainsKey(neighbour) || layer.Any(n => string.Equals(n.Id, neighbour, StringComparison.OrdinalIgnoreCase)))
                        {
                            edges.Add(edge);
                            continue;
                        }
                        if (layer.Count >= MaxPerLayer)
                        {
                            truncated = true;
                            continue;
                        }
                        layer.Add((neighbour, present));
                        edges.Add(edge);
                    }
                }
                var found = await DescribeAsync(archive, layer.Where(n => n.Present).Select(n => n.Id).ToList(), caller, cancellationToken);
                var next = new List<string>();
                foreach (var (id, _) in layer)
                {
                    var hit = found.GetValueOrDefault(id);
                    nodes[id] = new GraphNode(id, direction * step, hit is not null, hit?.Classification, hit?.Subject);
                    if (hit is not null) next.Add(id);
                }
                frontier = next;
            }
        }
        edges.RemoveWhere(e => !nodes.ContainsKey(e.From) || !nodes.ContainsKey(e.To));
        return new ReferenceNeighbourhood([.. nodes.Values], [.. edges], truncated);
    }

    /// <summary>The subject and level of each visible cable among <paramref name="ids"/>, by one search.</summary>
    private static async Task<Dictionary<string, SearchHit>> DescribeAsync(GuardedArchive archive, IReadOnlyList<string> ids, Caller caller,
        CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, SearchHit>(StringComparer.OrdinalIgnoreCase);
        if (ids.Count == 0) return result;
        var parsed = QueryParser.Parse(string.Join(" OR ", ids.Select(id => "id:" + id)));
        if (!parsed.Succeeded) return result;
        var hits = await archive.SearchAsync(new SearchRequest(parsed.Query, ids.Count, 1, SearchSort.Date, 1), caller, cancellationToken);
        foreach (var hit in hits.Results) result[hit.ReferenceId] = hit;
        return result;
    }
}
