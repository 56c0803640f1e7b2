using System.Globalization;
using Chancery.Archive.Ingest;
using Chancery.Cli.Archive;

namespace Chancery.Cli.Ingest;

/// <summary>The end of an ingest run: a summary for people, and the one JSON line the contract fixes.</summary>
internal static class IngestReport
{
    /// <summary>How many rejections the summary lists (the rest are counted).</summary>
    public const int RejectionsShown = 20;

    public static void WriteSummary(TextWriter output, IngestSummary summary, string archive)
    {
        var seconds = summary.Elapsed.TotalSeconds;
        var records = summary.Added + summary.Updated + summary.Unchanged + summary.Rejected;
        var rate = seconds > 0 ? records / seconds : 0;
        output.WriteLine(summary.Cancelled
            ? $"interrupted after {N(records)} records; what was stored stays, and running the same ingest again completes the work"
            : $"ingested {N(records)} records into {archive}");
        output.WriteLine($"  added {N(summary.Added)}, updated {N(summary.Updated)}, unchanged {N(summary.Unchanged)}, rejected {N(summary.Rejected)}");
        output.WriteLine($"  {seconds.ToString("0.0", CultureInfo.InvariantCulture)} s, {N((long)rate)} records/s");
        if (summary.Rejections.Count == 0) return;
        output.WriteLine("rejected:");
        foreach (var rejection in summary.Rejections.Take(RejectionsShown))
            output.WriteLine($"  {rejection.Location}: {rejection.Reason}");
        var unlisted = summary.Rejected - Math.Min(summary.Rejections.Count, RejectionsShown);
        if (unlisted > 0) output.WriteLine($"  ... and {N(unlisted)} more");
    }

    /// <summary>Exactly <c>{"added":N,"updated":N,"unchanged":N,"rejected":N,"seconds":S}</c>.</summary>
    public static void WriteJson(CliConsole console, IngestSummary summary) => JsonLines.Print(console, writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("added", summary.Added);
        writer.WriteNumber("updated", summary.Updated);
        writer.WriteNumber("unchanged", summary.Unchanged);
        writer.WriteNumber("rejected", summary.Rejected);
        writer.WriteNumber("seconds", Math.Round(summary.Elapsed.TotalSeconds, 3));
        writer.WriteEndObject();
    });

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
