using System.Xml.Linq;

namespace Chancery.Web.Rendering;

/// <summary>
/// Draws a <see cref="ReferenceNeighbourhood"/> in columns by layer, oldest (cited) on the left, citing cables on the
/// right; nodes are links to their own graph, edges arrows from the citing to the cited cable.
/// </summary>
internal static class GraphSvg
{
    private const double NodeWidth = 150, NodeHeight = 40, ColumnGap = 70, RowGap = 14, Margin = 16;

    public static string Render(ReferenceNeighbourhood graph, Func<GraphNode, string> hrefOf, string label)
    {
        var layers = graph.Nodes.GroupBy(n => n.Layer).OrderBy(g => g.Key).ToList();
        var minLayer = layers[0].Key;
        var tallest = layers.Max(l => l.Count());
        var width = layers.Count * NodeWidth + (layers.Count - 1) * ColumnGap + 2 * Margin;
        var height = Math.Max(1, tallest) * (NodeHeight + RowGap) - RowGap + 2 * Margin + 18;
        var positions = new Dictionary<string, (double X, double Y)>(StringComparer.OrdinalIgnoreCase);
        foreach (var layer in layers)
        {
            var members = layer.OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
            var x = Margin + (layer.Key - minLayer) * (NodeWidth + ColumnGap);
            var columnHeight = members.Count * (NodeHeight + RowGap) - RowGap;
            var y0 = Margin + 18 + (height - 2 * Margin - 18 - columnHeight) / 2;
            for (var i = 0; i < members.Count; i++) positions[members[i].Id] = (x, y0 + i * (NodeHeight + RowGap));
        }

        var content = new List<object>
        {
            Svg.El("defs", Svg.El("marker", Svg.A("id", "arrow"), Svg.A("viewBox", "0 0 10 10"), Svg.A("refX", 9), Svg.A("refY", 5),
                Svg.A("markerWidth", 7), Svg.A("markerHeight", 7), Svg.A("orient", "auto-start-reverse"),
                Svg.El("path", Svg.A("d", "M 0 0 L 10 5 L 0 10 z"), Svg.A("class", "arrowhead")))),
        };
        foreach (var layer in layers)
        {
            var x = Margin + (layer.Key - minLayer) * (NodeWidth + ColumnGap);
            var caption = layer.Key switch { 0 => "this cable", < 0 => layer.Key == -1 ? "cites" : "cited by those", _ => layer.Key == 1 ? "cited by" : "and by" };
            content.Add(Svg.El("text", Svg.A("class", "layer"), Svg.A("x", x + NodeWidth / 2), Svg.A("y", Margin + 4), caption));
        }
        foreach (var edge in graph.Edges)
        {
            if (!positions.TryGetValue(edge.From, out var from) || !positions.TryGetValue(edge.To, out var to)) continue;
            // Citing cables stand right of the cables they cite; an edge goes from the citer's left side to the cited's right side.
            var (x1, y1) = from.X >= to.X ? (from.X, from.Y + NodeHeight / 2) : (from.X + NodeWidth, from.Y + NodeHeight / 2);
            var (x2, y2) = from.X >= to.X ? (to.X + NodeWidth, to.Y + NodeHeight / 2) : (to.X, to.Y + NodeHeight / 2);
            var mid = (x1 + x2) / 2;
            content.Add(Svg.El("path", Svg.A("class", "edge"), Svg.A("marker-end", "url(#arrow)"),
                Svg.A("d", $"M {Svg.N(x1)} {Svg.N(y1)} C {Svg.N(mid)} {Svg.N(y1)}, {Svg.N(mid)} {Svg.N(y2)}, {Svg.N(x2)} {Svg.N(y2)}")));
        }
        foreach (var node in graph.Nodes)
        {
            var (x, y) = positions[node.Id];
            var cssClass = "node " + (node.InArchive ? ClassificationStyle.CssClass(node.Classification) : "missing") + (node.Layer == 0 ? " centre" : "");
            var subject = node.InArchive ? Truncate(node.Subject ?? "(no subject)", 24) : "not in the archive";
            XElement box = Svg.El("g", Svg.A("class", cssClass),
                Svg.El("rect", Svg.A("x", x), Svg.A("y", y), Svg.A("width", NodeWidth), Svg.A("height", NodeHeight), Svg.A("rx", 5)),
                Svg.El("rect", Svg.A("class", "stripe"), Svg.A("x", x), Svg.A("y", y), Svg.A("width", 5), Svg.A("height", NodeHeight), Svg.A("rx", 2)),
                Svg.El("text", Svg.A("class", "id"), Svg.A("x", x + 12), Svg.A("y", y + 17), node.Id),
                Svg.El("text", Svg.A("class", "subject"), Svg.A("x", x + 12), Svg.A("y", y + 32), subject),
                Svg.El("title", node.InArchive ? $"{node.Id}: {node.Subject}" : $"{node.Id} (not in the archive)"));
            content.Add(Svg.Link(hrefOf(node), node.InArchive ? $"{node.Id}: {node.Subject}" : $"{node.Id}, not in the archive", box));
        }
        return Svg.ToHtml(Svg.Root(width, height, label, "graph", content));
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";
}
