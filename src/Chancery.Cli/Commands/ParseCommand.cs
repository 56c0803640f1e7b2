using System.CommandLine;
using Chancery.Cli.Inputs;
using Chancery.Cli.Output;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery parse PATH... [--jsonl|--json|--text] [--no-merge]</c>: cables as contract JSON or a summary.</summary>
internal static class ParseCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths();
        var jsonl = new Option<bool>("--jsonl") { Description = "One JSON object per cable per line, in input order (the default)." };
        var json = new Option<bool>("--json") { Description = "One pretty-printed JSON array of all cables." };
        var text = new Option<bool>("--text") { Description = "A human summary of each cable." };
        var noMerge = CommonOptions.NoMerge();
        var command = new Command("parse", "Read cables and write them as contract JSON (see contracts/cable-json.md) or as a summary.")
        {
            paths, jsonl, json, text, noMerge,
        };
        command.Validators.Add(result =>
        {
            var chosen = new[] { jsonl, json, text }.Count(o => result.GetValue(o));
            if (chosen > 1) result.AddError("choose one of --jsonl, --json, --text");
        });
        command.SetAction(parsed =>
        {
            var format = parsed.GetValue(json) ? OutputFormat.Json : parsed.GetValue(text) ? OutputFormat.Text : OutputFormat.Jsonl;
            return Run(console, parsed.GetValue(paths) ?? [], format, merge: !parsed.GetValue(noMerge));
        });
        return command;
    }

    // Inputs are read and parsed in parallel; JSON is written on this thread, in input order, straight to stdout.
    private static int Run(CliConsole console, string[] paths, OutputFormat format, bool merge)
    {
        if (format == OutputFormat.Text)
        {
            var read = CommonOptions.ForEachInput(console, paths, merge, _ => 0,
                (loaded, _) => console.Out.Write(string.Concat(loaded.Cables.Select(c => TextSummary.Of(c.Cable)))));
            return read ? ExitCodes.Ok : ExitCodes.UsageOrInput;
        }

        using var output = new JsonOutput(console, array: format == OutputFormat.Json);
        if (format == OutputFormat.Json)
        {
            var whole = CommonOptions.ForEachInput(console, paths, merge, _ => 0, (loaded, _) =>
            {
                foreach (var cable in loaded.Cables) output.Write(cable.Cable);
            });
            return whole ? ExitCodes.Ok : ExitCodes.UsageOrInput;
        }
        // JSON lines are written on the worker threads, beside the parsing, except for inputs whose cables are
        // numbered only when they reach this thread (cables.csv batches, see InputLoader): those are written here.
        var ok = CommonOptions.ForEachInput(console, paths, merge,
            loaded => loaded.Input.Kind is InputKind.Text or InputKind.Jsonl ? JsonLines.Of(loaded.Cables.Select(c => c.Cable)) : null,
            (loaded, lines) =>
            {
                if (lines is null)
                {
                    foreach (var cable in loaded.Cables) output.Write(cable.Cable);
                    return;
                }
                using (lines) output.WriteLines(lines.Bytes);
            });
        return ok ? ExitCodes.Ok : ExitCodes.UsageOrInput;
    }
}
