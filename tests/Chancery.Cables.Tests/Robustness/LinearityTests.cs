using System.Diagnostics;

namespace Chancery.Cables.Tests.Robustness;

/// <summary>
/// Reading cost grows about linearly with the input: eight times the input takes well under twenty-four times as long
/// (a quadratic step would take about sixty-four; the margin absorbs a busy two-core machine) and allocates well
/// under twelve times as much. Times are the best of
/// up to five runs at 1 MB and 8 MB, taken alternately so that a busy machine slows both sizes alike; a further
/// run happens only when the pairs so far look too slow. Allocation does not depend on load.
/// </summary>
[Collection(TimingCollection.Name)]
[Trait("Category", "Timing")]
public sealed class LinearityTests
{
    private const int Small = 1024 * 1024;
    private const int Large = 8 * Small;
    private const double AllowedTimeRatio = 24;
    private const int Runs = 5; // more runs only while the ratio looks too high: a busy machine slows one of a pair
    private const double NoiseFloorMs = 20; // below this a small run's time is mostly timer and scheduler noise
    private const double AllowedAllocationRatio = 12;

    [Theory(Timeout = 300_000)]
    [InlineData("cables separated by NNNN")]
    [InlineData("one cable, many numbered paragraphs")]
    [InlineData("one cable, many lines, no paragraphs")]
    [InlineData("one long line of words")]
    [InlineData("empty cables (NNNN lines)")]
    [InlineData("page headers only")]
    [InlineData("one section repeated (same message number)")]
    [InlineData("subject continued over many lines")]
    [InlineData("references continued over many lines")]
    [InlineData("HTML page, many <pre> blocks")]
    public Task Eight_times_the_input_costs_far_less_than_a_quadratic_step(string shape) =>
        Task.Run(() => Measure(shape), TestContext.Current.CancellationToken);

    private static void Measure(string shape)
    {
        var small = InputShapes.Make(shape, Small);
        var large = InputShapes.Make(shape, Large);
        // Warm up on the large input: the JIT, and the reader's per-thread working lists, which keep their capacity.
        // Without it the lists' growth is charged to whichever size first needs it, and the history of the thread
        // (an earlier test's input) decides the ratio.
        ReaderChecks.ReadWithoutFailure(large, shape);

        var smallTime = TimeSpan.MaxValue;
        var largeTime = TimeSpan.MaxValue;
        long smallAllocated = 0, largeAllocated = 0;
        for (var run = 0; run < Runs; run++)
        {
            smallTime = Min(smallTime, Read(small, shape, out smallAllocated));
            largeTime = Min(largeTime, Read(large, shape, out largeAllocated));
            if (TimeRatio(largeTime, smallTime) < AllowedTimeRatio) break;
        }

        var what = $"{shape}: {small.Length:N0} chars took {smallTime.TotalMilliseconds:F0} ms and allocated {smallAllocated / 1e6:F0} MB, " +
            $"{large.Length:N0} chars took {largeTime.TotalMilliseconds:F0} ms and allocated {largeAllocated / 1e6:F0} MB";
        Assert.True(TimeRatio(largeTime, smallTime) < AllowedTimeRatio, $"{what}: {TimeRatio(largeTime, smallTime):F1}x the time.");
        Assert.True(largeAllocated < AllowedAllocationRatio * smallAllocated, $"{what}: {(double)largeAllocated / smallAllocated:F1}x the allocation.");
    }

    // A floor of 5 ms on the small time keeps timer noise on a very fast small read from deciding the ratio.
    private static double TimeRatio(TimeSpan large, TimeSpan small) => large.TotalMilliseconds / Math.Max(small.TotalMilliseconds, NoiseFloorMs);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Read(string text, string shape, out long allocated)
    {
        // Start each measurement from a collected heap, so that one run does not pay for the garbage of
        // the run (or the test) before it.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        ReaderChecks.ReadWithoutFailure(text, $"{shape}, {text.Length:N0} chars");
        clock.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return clock.Elapsed;
    }
}
