using System.CommandLine;
using Chancery.Archive.Security;
using Chancery.Cables;
using Chancery.Cli.Archive;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery export QUERY --jsonl|--csv [--out FILE]</c>: matching cables streamed out, in reference-id order.</summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var query = new Argument<string[]>("QUERY")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Export the cables matching this query (as for search); none exports the whole archive.",
        };
        var jsonl = new Option<bool>("--jsonl") { Description = "One contract JSON cable per line (readable again by parse and ingest)." };
        var csv = new Option<bool>("--csv") { Description = "One CSV row of metadata per cable, with a header row." };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };
        var archive = new ArchiveOptions();
        var command = new Command("export", "Stream the cables matching a query out of the archive as JSONL or CSV.")
        {
            query, jsonl, csv, output,
        };
        archive.AddTo(command, withUser: true);
        command.Validators.Add(result =>
        {
            if (result.GetValue(jsonl) == result.GetValue(csv)) result.AddError("choose one of --jsonl, --csv");
        });
        command.SetAction(parsed =>
        {
            if (!QueryText.TryParse(console, QueryText.Join(parsed.GetValue(query)), out var node)) return ExitCodes.UsageOrInput;
            var asCsv = parsed.GetValue(csv);
            var path = parsed.GetValue(output);
            return ArchiveCommandRunner.Run(console, archive.Location(parsed), mustExist: true, async (store, cancel) =>
            {
                var caller = await archive.CallerAsync(parsed, store, cancel);
                var count = 0L;
                await using (var sink = ExportSink.Open(console, path))
                {
                    if (asCsv) sink.WriteLine(ExportCsv.Header);
                    await foreach (var cable in new GuardedArchive(store, TimeProvider.System).ExportAsync(node, caller, cancel))
                    {
                        if (asCsv) sink.WriteLine(ExportCsv.Row(cable));
                        else sink.WriteLine(CableJson.Serialize(cable.Cable));
                        count++;
                    }
                }
                if (path is not null) console.Error.WriteLine($"chancery: exported {count} cables to {path}");
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
