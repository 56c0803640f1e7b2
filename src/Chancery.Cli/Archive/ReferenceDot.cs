using System.Text;

namespace Chancery.Cli.Archive;

/// <summary>A <see cref="ReferenceWalk"/> as a Graphviz digraph: an arrow from the citing cable to the cited one.</summary>
internal static class ReferenceDot
{
    public static string Write(ReferenceWalk walk)
    {
        var dot = new StringBuilder();
        dot.Append("digraph references {\n");
        dot.Append("  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n");
        foreach (var (id, depth) in walk.Nodes)
            dot.Append("  ").Append(Quote(id)).Append(depth == 0 ? " [style=bold, penwidth=2];\n" : ";\n");
        foreach (var (_, to) in walk.Dangling.DistinctBy(d => d.To))
            dot.Append("  ").Append(Quote(to)).Append(" [style=dashed, fontcolor=gray40, color=gray60];\n");
        foreach (var (from, to) in walk.Edges)
            dot.Append("  ").Append(Quote(from)).Append(" -> ").Append(Quote(to)).Append(";\n");
        foreach (var (from, to) in walk.Dangling)
            dot.Append("  ").Append(Quote(from)).Append(" -> ").Append(Quote(to)).Append(" [style=dashed, color=gray60];\n");
        dot.Append("}\n");
        return dot.ToString();
    }

    private static string Quote(string id) => "\"" + id.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
