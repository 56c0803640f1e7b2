using System.Diagnostics;

namespace Chancery.Cables.Tests.Robustness;

/// <summary>
/// Writing a cable costs about linearly in its text: eight times the text takes well under twenty-four times as
/// long, where a quadratic step would take sixty-four (best of up to five alternate runs at about 1 MB and 8 MB, as
/// in <see cref="LinearityTests"/>).
/// </summary>
[Collection(TimingCollection.Name)]
[Trait("Category", "Timing")]
public sealed class WriterLinearityTests
{
    private const int Small = 1024 * 1024;
    private const double AllowedTimeRatio = 24;
    private const int Runs = 5; // more runs only while the ratio looks too high: a busy machine slows one of a pair
    private const double NoiseFloorMs = 20; // below this a small run's time is mostly timer and scheduler noise
    private const string Sentence = "THE MINISTER SAID THE TALKS WOULD GO ON AFTER THE SUMMER RECESS. ";

    [Theory(Timeout = 300_000)]
    [InlineData("many paragraphs")]
    [InlineData("many body lines")]
    [InlineData("one long body line")]
    public Task Eight_times_the_text_takes_far_less_than_a_quadratic_step(string shape) =>
        Task.Run(() => Measure(shape), TestContext.Current.CancellationToken);

    private static void Measure(string shape)
    {
        var small = Make(shape, Small);
        var large = Make(shape, 8 * Small);
        var writer = new CableWriter();
        writer.Write(Make(shape, 20_000)); // JIT warm-up

        var smallTime = TimeSpan.MaxValue;
        var largeTime = TimeSpan.MaxValue;
        for (var run = 0; run < Runs; run++)
        {
            smallTime = Min(smallTime, Time(() => writer.Write(small)));
            largeTime = Min(largeTime, Time(() => writer.Write(large)));
            if (Ratio(largeTime, smallTime) < AllowedTimeRatio) break;
        }
        Assert.True(Ratio(largeTime, smallTime) < AllowedTimeRatio,
            $"{shape}: about 1 MB took {smallTime.TotalMilliseconds:F0} ms, about 8 MB took {largeTime.TotalMilliseconds:F0} ms " +
            $"({Ratio(largeTime, smallTime):F1}x).");
    }

    private static Cable Make(string shape, int size)
    {
        var count = size / Sentence.Length;
        return shape switch
        {
            "many paragraphs" => new Cable { Paragraphs = [.. Enumerable.Range(1, count).Select(k => new Paragraph(k, "U", Sentence))] },
            "many body lines" => new Cable { Body = string.Join('\n', Enumerable.Repeat(Sentence, count)) },
            "one long body line" => new Cable { Body = string.Concat(Enumerable.Repeat(Sentence, count)) },
            _ => throw new ArgumentOutOfRangeException(nameof(shape)),
        };
    }

    private static double Ratio(TimeSpan large, TimeSpan small) => large.TotalMilliseconds / Math.Max(small.TotalMilliseconds, NoiseFloorMs);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Time(Action write)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var clock = Stopwatch.StartNew();
        write();
        return clock.Elapsed;
    }
}
