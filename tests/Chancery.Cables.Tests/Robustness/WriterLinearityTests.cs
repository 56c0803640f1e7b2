using System.Diagnostics;

namespace Chancery.Cables.Tests.Robustness;

/// <summary>
/// Writing a cable costs about linearly in its text: four times the text takes well under ten times as long
/// (best of up to three alternate runs at about 1 MB and 4 MB, as in <see cref="LinearityTests"/>).
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class WriterLinearityTests
{
    private const int Small = 1024 * 1024;
    private const double AllowedTimeRatio = 10;
    private const string Sentence = "THE MINISTER SAID THE TALKS WOULD GO ON AFTER THE SUMMER RECESS. ";

    [Theory(Timeout = 300_000)]
    [InlineData("many paragraphs")]
    [InlineData("many body lines")]
    [InlineData("one long body line")]
    public Task Four_times_the_text_takes_less_than_ten_times_as_long(string shape) =>
        Task.Run(() => Measure(shape), TestContext.Current.CancellationToken);

    private static void Measure(string shape)
    {
        var small = Make(shape, Small);
        var large = Make(shape, 4 * Small);
        var writer = new CableWriter();
        writer.Write(Make(shape, 20_000)); // JIT warm-up

        var smallTime = TimeSpan.MaxValue;
        var largeTime = TimeSpan.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            smallTime = Min(smallTime, Time(() => writer.Write(small)));
            largeTime = Min(largeTime, Time(() => writer.Write(large)));
            if (Ratio(largeTime, smallTime) < AllowedTimeRatio) break;
        }
        Assert.True(Ratio(largeTime, smallTime) < AllowedTimeRatio,
            $"{shape}: about 1 MB took {smallTime.TotalMilliseconds:F0} ms, about 4 MB took {largeTime.TotalMilliseconds:F0} ms " +
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

    private static double Ratio(TimeSpan large, TimeSpan small) => large.TotalMilliseconds / Math.Max(small.TotalMilliseconds, 5);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Time(Action write)
    {
        var clock = Stopwatch.StartNew();
        write();
        return clock.Elapsed;
    }
}
