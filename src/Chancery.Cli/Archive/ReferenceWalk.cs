using Chancery.Archive;

namespace Chancery.Cli.Archive;

/// <summary>
/// The neighbourhood of a cable in the reference graph up to a depth, both ways: the cables it cites, the cables
/// citing it, and so on, each stored cable visited once.
/// </summary>
/// <param name="Root">The cable asked about.</param>
/// <param name="RootLinks">Its own links (depth 1).</param>
/// <param name="Nodes">Every stored cable reached, with its distance from the root (root first, then by distance).</param>
/// <param name="Edges">Citations between reached cables: <c>From</c> cites <c>To</c>; each once, in discovery order.</param>
/// <param name="Dangling">Citations of cables not in the archive, from reached cables.</param>
internal sealed record ReferenceWalk(
    string Root,
    ReferenceLinks RootLinks,
    IReadOnlyList<(string Id, int Depth)> Nodes,
    IReadOnlyList<(string From, string To)> Edges,
    IReadOnlyList<(string From, string To)> Dangling)
{
    /// <summary>Walks from <paramref name="referenceId"/> (canonical); null when that cable is absent or not visible.</summary>
    public static async Task<ReferenceWalk?> WalkAsync(IArchiveStore store, string referenceId, int depth, Principal principal,
        CancellationToken cancellationToken)
    {
        var rootLinks = await store.GetReferencesAsync(referenceId, principal, cancellationToken);
        if (rootLinks is null) return null;
        var nodes = new List<(string, int)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var edges = new List<(string, string)>();
        var edgeSet = new HashSet<(string, string)>();
        var dangling = new List<(string, string)>();
        var frontier = new Queue<(string Id, int Depth, ReferenceLinks? Links)>();
        frontier.Enqueue((referenceId, 0, rootLinks));
        seen.Add(referenceId);
        while (frontier.TryDequeue(out var current))
        {
            var links = current.Links ?? await store.GetReferencesAsync(current.Id, principal, cancellationToken);
            if (links is null) continue;
            nodes.Add((current.Id, current.Depth));
            if (current.Depth >= depth) continue;
            foreach (var cited in links.References) Visit(current.Id, cited, current.Depth);
            foreach (var citing in links.CitedBy) Visit(citing, current.Id, current.Depth);
            foreach (var missing in links.Dangling) dangling.Add((current.Id, missing));
        }
        return new ReferenceWalk(referenceId, rootLinks, nodes, edges, dangling);

        void Visit(string from, string to, int atDepth)
        {
            if (edgeSet.Add((from, to))) edges.Add((from, to));
            foreach (var id in new[] { from, to })
                if (seen.Add(id)) frontier.Enqueue((id, atDepth + 1, null));
        }
    }
}
