using System.CommandLine;
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
            var principal = archive.Principal(parsed, console);
            return ArchiveCommandRunner.Run(console, archive.Location(parsed), mustExist: true, async (store, cancel) =>
            {
                var cable = await store.GetCableAsync(asked, principal, cancel);
                var walk = cable is null ? null
                    : await ReferenceWalk.WalkAsync(store, cable.ReferenceId, parsed.GetValue(depth), principal, cancel);
                if (walk is null)
                {
                    console.Fail($"no cable {asked} in the archive");
                    return ArchiveExitCodes.NotFound;
                }
                if (parsed.GetValue(dot)) console.Out.Write(ReferenceDot.Write(walk));
                else if (parsed.GetValue(json)) JsonLines.Print(console, w => WriteJson(w, walk, parsed.GetValue(depth) > 1));
                else WriteText(Terminal.Out(console), walk);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static void WriteJson(System.Text.Json.Utf8JsonWriter writer, ReferenceWalk walk, bool withEdges)
    {
        writer.WriteStartObject();
        writer.WriteString("referenceId", walk.Root);
        JsonLines.WriteStrings(writer, "references", walk.RootLinks.References);
        JsonLines.WriteStrings(writer, "citedBy", walk.RootLinks.CitedBy);
        JsonLines.WriteStrings(writer, "dangling", walk.RootLinks.Dangling);
        if (withEdges)
        {
            writer.WriteStartArray("edges");
            foreach (var (from, to) in walk.Edges)
            {
                writer.WriteStartObject();
                writer.WriteString("from", from);
                writer.WriteString("to", to);
                writer.WriteEndObject();
            }
            foreach (var (from, to) in walk.Dangling)
            {
                writer.WriteStartObject();
                writer.WriteString("from", from);
                writer.WriteString("to", to);
                writer.WriteBoolean("dangling", true);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WriteText(IAnsiConsole console, ReferenceWalk walk)
    {
        console.MarkupLine($"[bold cyan]{Markup.Escape(walk.Root)}[/]");
        List(console, "cites", walk.RootLinks.References);
        List(console, "cited by", walk.RootLinks.CitedBy);
        List(console, "cites, not in the archive", walk.RootLinks.Dangling);
        if (walk.Nodes.Count <= 1 + walk.RootLinks.References.Count + walk.RootLinks.CitedBy.Count) return;
        console.WriteLine();
        console.MarkupLine($"[bold]within {walk.Nodes.Max(n => n.Depth)} steps:[/] {walk.Nodes.Count} cables, {walk.Edges.Count} citations");
        foreach (var (from, to) in walk.Edges) console.WriteLine($"  {from} -> {to}");
    }

    private static void List(IAnsiConsole console, string label, IReadOnlyList<string> ids) =>
        console.MarkupLine($"  [bold]{label}:[/] " + (ids.Count == 0 ? "[dim]none[/]" : Markup.Escape(string.Join(' ', ids))));
}
