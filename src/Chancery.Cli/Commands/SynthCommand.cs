using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Chancery.Archive.Synth;
using Spectre.Console;

namespace Chancery.Cli.Commands;

/// <summary>
/// <c>chancery synth --count N --seed S (--out DIR | --csv FILE)</c>: a reproducible Cablegate-like corpus to measure
/// the archive with (see <see cref="SyntheticCorpus"/>). Progress goes to standard error (a bar on a terminal,
/// a line every few seconds otherwise); the summary line to standard output.
/// </summary>
internal static class SynthCommand
{
    public static Command Create(CliConsole console)
    {
        var count = new Option<int>("--count") { Description = "How many cables.", DefaultValueFactory = _ => 1_000, HelpName = "N" };
        var seed = new Option<long>("--seed") { Description = "The seed: the same seed gives the same corpus, byte for byte.", DefaultValueFactory = _ => 1, HelpName = "S" };
        var output = new Option<string?>("--out") { Description = "Write one .txt per cable into DIR, a folder per year (second versions as ID.v2.txt).", HelpName = "DIR" };
        var csv = new Option<string?>("--csv") { Description = "Write a Cablegate-style cables.csv (8 quoted fields) to FILE instead.", HelpName = "FILE" };
        var versions = new Option<double>("--versions")
        {
            Description = "The share of cables that also get a second version (0 to 1).",
            DefaultValueFactory = _ => 0.01,
            HelpName = "SHARE",
        };
        count.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--count must be at least 1");
        });
        versions.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is < 0 or > 1) r.AddError("--versions must be between 0 and 1");
        });
        var command = new Command("synth", "Generate a reproducible synthetic corpus of realistic cables (for benchmarks and tests).")
        {
            count, seed, output, csv, versions,
        };
        command.Validators.Add(r =>
        {
            var hasOut = r.GetValue(output) is not null;
            var hasCsv = r.GetValue(csv) is not null;
            if (hasOut == hasCsv) r.AddError("give either --out DIR or --csv FILE");
        });
        command.SetAction(parsed =>
        {
            var options = new SynthOptions { Count = parsed.GetValue(count), Seed = parsed.GetValue(seed), VersionShare = parsed.GetValue(versions) };
            var clock = Stopwatch.StartNew();
            var corpus = new SyntheticCorpus(options);
            var directory = parsed.GetValue(output);
            var csvPath = parsed.GetValue(csv);
            var written = WithProgress(console, corpus.Count, progress =>
            {
                if (directory is not null) return SyntheticCorpusExport.WriteDirectory(corpus, directory, progress);
                using var file = new StreamWriter(csvPath!, append: false, new UTF8Encoding(false), bufferSize: 1 << 20);
                return SyntheticCorpusExport.WriteCsv(corpus, file, progress);
            });
            var seconds = clock.Elapsed.TotalSeconds;
            var what = directory is not null ? $"{written} files under {directory}" : $"{written} rows to {csvPath}";
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{corpus.Count} cables ({written - corpus.Count} second versions) seed {options.Seed}: {what} in {seconds:0.0} s ({corpus.Count / Math.Max(seconds, 0.001):0} cables/s)"));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Runs <paramref name="work"/> with a progress bar on a terminal, or a line every five seconds otherwise.</summary>
    private static int WithProgress(CliConsole console, int total, Func<IProgress<int>, int> work)
    {
        if (console.Error is StreamWriter && !Console.IsErrorRedirected)
        {
            var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            var result = 0;
            terminal.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(context =>
                {
                    var task = context.AddTask("synth", maxValue: total);
                    result = work(new SynchronousProgress(done => task.Value = done));
                    task.Value = total;
                });
            return result;
        }
        var clock = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        return work(new SynchronousProgress(done =>
        {
            if (clock.Elapsed - last < TimeSpan.FromSeconds(5) || done >= total) return;
            last = clock.Elapsed;
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"synth: {done}/{total} cables ({done / clock.Elapsed.TotalSeconds:0}/s)"));
        }));
    }

    /// <summary>Reports on the calling thread (<see cref="Progress{T}"/> would post to the thread pool out of order).</summary>
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
