using System.CommandLine;
using System.Text.Json;
using Chancery.Archive;
using Chancery.Archive.Graph;
using Chancery.Archive.Security;
using Chancery.Cli.Archive;
using Spectre.Console;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery refs ID [--depth N] [--dot] [--json]</c>: a cable's place in the reference graph.</summary>
internal static class RefsCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("ID") { Description = "The reference id, canonical (06ASTANA38) or as published." };
        var depth = new Option<int>("--depth") { Description = "Follow references both ways this many steps (1-10).", DefaultValueFactory = _ => 1, HelpName = "N" };
        var dot = new Option<bool>("--dot") { Description = "Write a Graphviz digraph (e.g. | dot -Tsvg > refs.svg)." };
        var json = new Option<bool>("--json") { Description = "Write {\"references\": [...], \"citedBy\": [...], \"dangling\": [...]} (plus \"edges\" when --depth > 1)." };
        var archive = new ArchiveOptions();
        var command = new Command("refs", "Show the cables a cable cites, the cables citing it, and citations of cables not in the archive (exit 1 when it is not there).")
        {
            id, depth, dot, json,
        };
        archive.AddTo(command, withUser: true);
        command.Validators.Add(result =>
        {
            if (result.GetValue(dot) && result.GetValue(json)) result.AddError("choose one of --dot, --json");
        });
        command.SetAction(parsed =>
        {
            if (!OptionRange.Check(console, "--depth", parsed.GetValue(depth), 1, 10)) return ExitCodes.UsageOrInput;
            var asked = parsed.GetValue(id)!.Trim();
            var steps = parsed.GetValue(depth);
            return ArchiveCommandRunner.Run(console, archive.Location(parsed), mustExist: true, async (store, cancel) =>
            {
                var caller = await archive.CallerAsync(parsed, store, cancel);
                var graph = await ReferenceGraph.WalkAsync(store, asked, steps, caller.Principal, cancellationToken: cancel);
                var links = await new GuardedArchive(store, TimeProvider.System).GetReferencesAsync(graph?.Root ?? asked, caller, cancel);
                if (graph is null || links is null)
                {
                    console.Fail($"no cable {asked} in the archive");
                    return ArchiveExitCodes.NotFound;
                }
                if (graph.Truncated) console.Error.WriteLine($"chancery: note: the graph stops at {graph.Nodes.Count} cables; ask for a smaller --depth");
                if (parsed.GetValue(dot)) console.Out.Write(DotWriter.Write(graph));
                else if (parsed.GetValue(json)) JsonLines.Print(console, w => WriteJson(w, graph, links, steps > 1));
                else WriteText(Terminal.Out(console), graph, links, steps > 1);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static void WriteJson(Utf8JsonWriter writer, ReferenceGraphResult graph, ReferenceLinks links, bool withEdges)
    {
        writer.WriteStartObject();
        writer.WriteString("referenceId", graph.Root);
        JsonLines.WriteStrings(writer, "references", links.References);
        JsonLines.WriteStrings(writer, "citedBy", links.CitedBy);
        JsonLines.WriteStrings(writer, "dangling", links.Dangling);
        if (withEdges)
        {
            var dangling = graph.Nodes.Where(n => n.Dangling).Select(n => n.ReferenceId).ToHashSet(StringComparer.Ordinal);
            writer.WriteStartArray("edges");
            foreach (var edge in graph.Edges)
            {
                writer.WriteStartObject();
                writer.WriteString("from", edge.From);
                writer.WriteString("to", edge.To);
                if (dangling.Contains(edge.To)) writer.WriteBoolean("dangling", true);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteBoolean("truncated", graph.Truncated);
        }
        writer.WriteEndObject();
    }

    private static void WriteText(IAnsiConsole console, ReferenceGraphResult graph, ReferenceLinks links, bool withEdges)
    {
        console.MarkupLine($"[bold cyan]{Markup.Escape(graph.Root)}[/]");
        List(console, "cites", links.References);
        List(console, "cited by", links.CitedBy);
        List(console, "cites, not in the archive", links.Dangling);
        if (!withEdges) return;
        console.WriteLine();
        var steps = graph.Nodes.Max(n => n.Depth);
        console.MarkupLine($"[bold]within {steps} step{(steps == 1 ? "" : "s")}:[/] {graph.Nodes.Count} cables, {graph.Edges.Count} citations");
        foreach (var edge in graph.Edges) console.WriteLine($"  {edge.From} -> {edge.To}");
    }

    private static void List(IAnsiConsole console, string label, IReadOnlyList<string> ids) =>
        console.MarkupLine($"  [bold]{label}:[/] " + (ids.Count == 0 ? "[dim]none[/]" : Markup.Escape(string.Join(' ', ids))));
}
