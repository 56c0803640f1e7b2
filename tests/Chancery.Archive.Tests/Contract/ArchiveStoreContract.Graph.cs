using Chancery.Archive.Graph;
using Chancery.Archive.Versions;

namespace Chancery.Archive.Tests.Contract;

public abstract partial class ArchiveStoreContract
{
    [Fact]
    public async Task Graph_walks_references_both_ways_to_a_depth()
    {
        var one = await ReferenceGraph.WalkAsync(Store, "06astana420", 1, Principal.Unrestricted, cancellationToken: Ct);
        Assert.NotNull(one);
        Assert.Equal("06ASTANA420", one.Root);
        Assert.Equal([("06ASTANA420", 0, false), ("06ASTANA412", 1, false), ("06STATE55555", 1, true), ("06ALMATY1500", 1, false)],
            one.Nodes.Select(n => (n.ReferenceId, n.Depth, n.Dangling)));
        Assert.Equal([new GraphEdge("06ASTANA420", "06ASTANA412"), new GraphEdge("06ASTANA420", "06STATE55555"), new GraphEdge("06ALMATY1500", "06ASTANA420")],
            one.Edges);
        var two = await ReferenceGraph.WalkAsync(Store, "06ASTANA420", 2, Principal.Unrestricted, cancellationToken: Ct);
        Assert.Contains(two!.Nodes, n => n is { ReferenceId: "09STATE1234", Depth: 2 });
        Assert.Contains(new GraphEdge("09STATE1234", "06ASTANA412"), two.Edges);
        Assert.Equal(two.Edges.Count, two.Edges.Distinct().Count());
        Assert.False(two.Truncated);
    }

    [Fact]
    public async Task Graph_shows_only_visible_cables_and_stops_at_the_node_limit()
    {
        var graph = await ReferenceGraph.WalkAsync(Store, "06ASTANA420", 3, Principals.Confidential, cancellationToken: Ct);
        Assert.DoesNotContain(graph!.Nodes, n => n.ReferenceId == "06ALMATY1500");
        Assert.Null(await ReferenceGraph.WalkAsync(Store, "06ALMATY1500", 1, Principals.Confidential, cancellationToken: Ct));
        var cut = await ReferenceGraph.WalkAsync(Store, "06ASTANA420", 3, Principal.Unrestricted, maxNodes: 2, cancellationToken: Ct);
        Assert.Equal(2, cut!.Nodes.Count);
        Assert.True(cut.Truncated);
    }

    [Fact]
    public async Task Graph_as_dot()
    {
        var graph = await ReferenceGraph.WalkAsync(Store, "06ASTANA420", 1, Principal.Unrestricted, cancellationToken: Ct);
        var dot = DotWriter.Write(graph!);
        Assert.StartsWith("digraph references {", dot, StringComparison.Ordinal);
        Assert.Contains("  \"06ASTANA420\" [style=bold];\n", dot, StringComparison.Ordinal);
        Assert.Contains("  \"06STATE55555\" [style=dashed", dot, StringComparison.Ordinal);
        Assert.Contains("  \"06ALMATY1500\" -> \"06ASTANA420\";\n", dot, StringComparison.Ordinal);
        Assert.EndsWith("}\n", dot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Versions_diff_shows_the_changed_lines()
    {
        var versions = await Store.GetVersionsAsync("06ASTANA412", Principal.Unrestricted, Ct);
        var diff = VersionDiff.Compare(versions[0], versions[1]);
        Assert.Equal((1, 2), (diff.FromVersion, diff.ToVersion));
        Assert.Contains(diff.Lines, l => l.Kind == DiffLineKind.Removed && l.Text.Contains("wheat", StringComparison.Ordinal));
        Assert.Contains(diff.Lines, l => l.Kind == DiffLineKind.Added && l.Text.Contains("barley", StringComparison.Ordinal));
        Assert.Contains(diff.Lines, l => l.Kind == DiffLineKind.Unchanged && l.Text.StartsWith("TAGS:", StringComparison.Ordinal));
    }
}
