namespace Chancery.Archive.Graph;

/// <summary>A cable in a reference graph.</summary>
/// <param name="ReferenceId">Canonical reference id.</param>
/// <param name="Depth">Steps from the root (0 for the root).</param>
/// <param name="Dangling">True for a cited id that is not in the archive (or not visible to the asker).</param>
public sealed record GraphNode(string ReferenceId, int Depth, bool Dangling);

/// <summary>A citation: <paramref name="From"/> names <paramref name="To"/> in its REF line.</summary>
/// <param name="From">The citing cable.</param>
/// <param name="To">The cited cable.</param>
public sealed record GraphEdge(string From, string To);

/// <summary>The cables around one cable, following references both ways.</summary>
/// <param name="Root">The canonical id the walk started from.</param>
/// <param name="Nodes">Every cable reached, nearest first.</param>
/// <param name="Edges">Every citation between them, each once.</param>
/// <param name="Truncated">True when the walk stopped at the node limit before reaching the depth.</param>
public sealed record ReferenceGraphResult(string Root, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, bool Truncated);

/// <summary>
/// Walks the reference graph through the store, both ways (what a cable cites and what cites it), to a depth,
/// asking as one principal so the graph never shows a cable the principal may not see.
/// </summary>
public static class ReferenceGraph
{
    /// <summary>
    /// The graph around <paramref name="referenceId"/> to <paramref name="depth"/> steps (1 = direct links only),
    /// or null when the cable is absent or not visible. Stops adding cables at <paramref name="maxNodes"/>.
    /// </summary>
    public static async Task<ReferenceGraphResult?> WalkAsync(IArchiveStore store, string referenceId, int depth, Principal principal,
        int maxNodes = 500, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var root = await store.GetCableAsync(referenceId, principal, cancellationToken).ConfigureAwait(false);
        if (root is null) return null;
        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal) { [root.ReferenceId] = new(root.ReferenceId, 0, false) };
        var order = new List<string> { root.ReferenceId };
        var edges = new List<GraphEdge>();
        var seenEdges = new HashSet<GraphEdge>();
        var frontier = new Queue<string>([root.ReferenceId]);
        var truncated = false;
        while (frontier.Count > 0)
        {
            var id = frontier.Dequeue();
            var at = nodes[id].Depth;
            if (at >= depth) continue;
            var links = await store.GetReferencesAsync(id, principal, cancellationToken).ConfigureAwait(false);
            if (links is null) continue;
            foreach (var cited in links.References) Link(id, cited, dangling: false);
            foreach (var cited in links.Dangling) Link(id, cited, dangling: true);
            foreach (var citing in links.CitedBy) Link(citing, id, dangling: false, newId: citing);

            void Link(string from, string to, bool dangling, string? newId = null)
            {
                var other = newId ?? to;
                if (!nodes.ContainsKey(other))
                {
                    if (nodes.Count >= maxNodes)
                    {
                        truncated = true;
                        return;
                    }
                    nodes[other] = new GraphNode(other, at + 1, dangling);
                    order.Add(other);
                    if (!dangling) frontier.Enqueue(other);
                }
                var edge = new GraphEdge(from, to);
                if (seenEdges.Add(edge)) edges.Add(edge);
            }
        }
        return new ReferenceGraphResult(root.ReferenceId, [.. order.Select(n => nodes[n])], edges, truncated);
    }
}
