using System.Globalization;
using Chancery.Archive.Ingest;
using Chancery.Cli.Archive;
using Spectre.Console;

namespace Chancery.Cli.Ingest;

/// <summary>
/// Shows an ingest run while it goes: a Spectre.Console progress bar with cables/s and ETA when standard output is a
/// terminal, otherwise a plain line on standard error every few seconds.
/// </summary>
internal static class IngestDisplay
{
    /// <summary>How often a plain progress line is written when output is redirected.</summary>
    public static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    public static async Task<IngestSummary> RunAsync(CliConsole console, IngestMeter meter, Func<Task<IngestSummary>> ingest,
        TimeProvider time)
    {
        if (!Terminal.IsInteractive(console)) return await PlainAsync(console.Error, meter, ingest(), time);
        var ansi = Terminal.Out(console);
        return await ansi.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn { Width = 30 }, new PercentageColumn(),
                new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("reading", maxValue: meter.SizeKnown ? meter.TotalBytes : 1);
                task.IsIndeterminate = !meter.SizeKnown;
                var running = ingest();
                while (!running.IsCompleted)
                {
                    await Task.WhenAny(running, Task.Delay(TimeSpan.FromMilliseconds(200), time));
                    if (meter.SizeKnown) task.Value = meter.BytesDone;
                    task.Description = Markup.Escape(Brief(meter.Latest));
                }
                if (meter.SizeKnown) task.Value = task.MaxValue;
                return await running;
            });
    }

    private static async Task<IngestSummary> PlainAsync(TextWriter error, IngestMeter meter, Task<IngestSummary> running, TimeProvider time)
    {
        var started = time.GetTimestamp();
        while (!running.IsCompleted)
        {
            await Task.WhenAny(running, Task.Delay(PlainInterval, time));
            if (running.IsCompleted) break;
            var elapsed = time.GetElapsedTime(started);
            var left = meter.Remaining(elapsed);
            var share = meter.SizeKnown ? $", {meter.Fraction.ToString("P0", CultureInfo.InvariantCulture)} done" : "";
            var eta = left is { } l ? $", about {Duration(l)} left" : "";
            error.WriteLine($"chancery: ingest: {Describe(meter.Latest)}{share}{eta}");
        }
        return await running;
    }

    /// <summary>What fits beside a progress bar: <c>12,000 cables 3,100/s</c> (and the rejections, if any).</summary>
    private static string Brief(IngestProgress? progress) => progress is null
        ? "starting"
        : $"{N(progress.Processed)} cables {N((long)IngestMeter.Rate(progress))}/s" + (progress.Rejected > 0 ? $" ({N(progress.Rejected)} rejected)" : "");

    /// <summary><c>12,000 cables (3,100/s): +11,900 added, 50 updated, 40 unchanged, 10 rejected</c>.</summary>
    public static string Describe(IngestProgress? progress) => progress is null
        ? "starting"
        : $"{N(progress.Processed)} cables ({N((long)IngestMeter.Rate(progress))}/s): {N(progress.Added)} added, " +
          $"{N(progress.Updated)} updated, {N(progress.Unchanged)} unchanged, {N(progress.Rejected)} rejected";

    private static string Duration(TimeSpan span) =>
        span.TotalHours >= 1 ? span.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : span.ToString(@"m\:ss", CultureInfo.InvariantCulture);

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
