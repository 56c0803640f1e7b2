using System.CommandLine;
using Chancery.Archive.Ingest;
using Chancery.Cli.Archive;
using Chancery.Cli.Ingest;

namespace Chancery.Cli.Commands;

/// <summary>
/// <c>chancery ingest PATH... [--json]</c>: streams cables from files, directories, <c>cables.csv</c>, JSONL and
/// standard input into the archive in batches. Exit 0 when the run completed (rejected records are counted, not
/// fatal), 2 on a usage error or an unusable archive, 130 when interrupted (Ctrl-C stops after the current batch
/// and prints the summary; the archive stays consistent and a rerun completes the work).
/// </summary>
internal static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Files, directories (read recursively: *.txt, *.html, *.htm, *.csv as Cablegate cables.csv, *.jsonl as written by 'chancery parse --jsonl') or - for standard input.",
        };
        var json = new Option<bool>("--json")
        {
            Description = "End with one JSON line: {\"added\":N,\"updated\":N,\"unchanged\":N,\"rejected\":N,\"seconds\":S} (the summary goes to standard error).",
        };
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Cables per transaction (memory grows with it: a few batches are parsed ahead of the one being stored).",
            DefaultValueFactory = _ => new IngestOptions().BatchSize,
            HelpName = "N",
        };
        var archive = new ArchiveOptions();
        var command = new Command("ingest", "Store cables in the archive: new ones are added, changed texts become new versions, the same text again changes nothing.")
        {
            paths, json, batchSize,
        };
        archive.AddTo(command, withUser: false);
        command.SetAction(parsed =>
        {
            if (!OptionRange.Check(console, "--batch-size", parsed.GetValue(batchSize), 1, 100_000)) return ExitCodes.UsageOrInput;
            var options = new IngestOptions(BatchSize: parsed.GetValue(batchSize));
            var plan = IngestPlan.TryBuild(parsed.GetValue(paths) ?? [], out var error);
            if (plan is null)
            {
                console.Fail(error!);
                return ExitCodes.UsageOrInput;
            }
            var asJson = parsed.GetValue(json);
            var location = archive.Location(parsed);
            // Bulk work: whole collections, no background marking (the servers keep it for short pauses).
            System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;
            return ArchiveCommandRunner.Run(console, location, mustExist: false, async (store, cancel) =>
            {
                var meter = new IngestMeter(plan.TotalBytes, sizeKnown: !plan.HasStdin);
                var sources = new IngestSources(meter, console.OpenInput);
                var ingestor = new ArchiveIngestor(store, options);
                var summary = await IngestDisplay.RunAsync(console, meter,
                    () => ingestor.RunAsync(sources.ReadAsync(plan, cancel), meter, cancel), TimeProvider.System);
                IngestReport.WriteSummary(asJson ? console.Error : console.Out, summary, ArchiveOpener.Describe(location));
                if (asJson) IngestReport.WriteJson(console, summary);
                return summary.Cancelled ? ArchiveExitCodes.Interrupted : ExitCodes.Ok;
            });
        });
        return command;
    }
}
