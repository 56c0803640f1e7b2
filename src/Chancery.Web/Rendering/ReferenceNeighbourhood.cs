using Chancery.Archive;
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

    /// <summary>Collects up to <paramref name="depth"/> steps each way, or null when the centre is absent.</summary>
    public static async Task<ReferenceNeighbourhood?> CollectAsync(IArchiveStore store, string centre, Principal principal, int depth,
        CancellationToken cancellationToken)
    {
        var root = await store.GetCableAsync(centre, principal, cancellationToken);
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
                var next = new List<string>();
                foreach (var id in frontier)
                {
                    var links = await store.GetReferencesAsync(id, principal, cancellationToken);
                    if (links is null) continue;
                    var neighbours = direction < 0
                        ? links.References.Select(r => (Id: r, Present: true)).Concat(links.Dangling.Select(d => (Id: d, Present: false)))
                        : links.CitedBy.Select(c => (Id: c, Present: true));
                    foreach (var (neighbour, present) in neighbours)
                    {
                        var edge = direction < 0 ? new GraphEdge(id, neighbour) : new GraphEdge(neighbour, id);
                        if (nodes.ContainsKey(neighbour))
                        {
                            edges.Add(edge);
                            continue;
                        }
                        if (nodes.Values.Count(n => n.Layer == direction * step) >= MaxPerLayer)
                        {
                            truncated = true;
                            continue;
                        }
                        ArchivedCable? cable = present ? await store.GetCableAsync(neighbour, principal, cancellationToken) : null;
                        nodes[neighbour] = new GraphNode(neighbour, direction * step, cable is not null, cable?.Cable.Classification, cable?.Cable.Subject);
                        edges.Add(edge);
                        if (cable is not null) next.Add(neighbour);
                    }
                }
                frontier = next;
            }
        }
        return new ReferenceNeighbourhood([.. nodes.Values], [.. edges], truncated);
    }
}
