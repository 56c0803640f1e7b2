using System.Text;

namespace Chancery.Archive.Graph;

/// <summary>Writes a reference graph in Graphviz DOT (<c>chancery refs ID --dot | dot -Tsvg</c>).</summary>
public static class DotWriter
{
    /// <summary>The DOT text of <paramref name="graph"/>: the root bold, dangling ids dashed, arrows from citing to cited.</summary>
    public static string Write(ReferenceGraphResult graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var sb = new StringBuilder();
        sb.Append("digraph references {\n");
        sb.Append("  rankdir=LR;\n");
        sb.Append("  node [shape=box, fontname=\"Helvetica\"];\n");
        foreach (var node in graph.Nodes)
        {
            var style = node.ReferenceId == graph.Root ? " [style=bold]" : node.Dangling ? " [style=dashed, fontcolor=gray40]" : "";
            sb.Append("  ").Append(Quote(node.ReferenceId)).Append(style).Append(";\n");
        }
        foreach (var edge in graph.Edges)
            sb.Append("  ").Append(Quote(edge.From)).Append(" -> ").Append(Quote(edge.To)).Append(";\n");
        sb.Append("}\n");
        return sb.ToString();
    }

    private static string Quote(string id) =>
        "\"" + id.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
