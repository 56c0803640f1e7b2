namespace Chancery.Cables.Tests.Robustness;

/// <summary>A well-formed cable cut anywhere (a transfer broken off, a copy started late) never makes the reader fail.</summary>
public sealed class TruncationTests
{
    [Fact]
    public void The_whole_raw_cable_reads_as_one_complete_cable()
    {
        // Guards the fixture: if it stopped reading fully, the cuts below would test much less of the reader.
        var cable = Assert.Single(ReaderChecks.ReadWithoutFailure(RobustnessCables.Raw, "the raw fixture"));
        Assert.Equal("08VILNIUS733", cable.ReferenceId);
        Assert.Equal(Classification.Secret, cable.Classification);
        Assert.NotNull(cable.Transmission);
        Assert.Equal(3, cable.Paragraphs.Count);
        Assert.NotNull(cable.Summary);
    }

    [Fact]
    public void The_whole_html_cable_reads_with_its_paragraphs()
    {
        var cable = Assert.Single(ReaderChecks.ReadWithoutFailure(RobustnessCables.Html, "the HTML fixture"));
        Assert.Equal("RIGA", cable.Origin);
        Assert.Equal(455, cable.Serial);
        Assert.Equal(2, cable.Paragraphs.Count);
    }

    [Theory]
    [InlineData(nameof(RobustnessCables.Raw))]
    [InlineData(nameof(RobustnessCables.Html))]
    public void Every_prefix_reads_without_failure(string fixture)
    {
        var text = Fixture(fixture);
        for (var length = 0; length <= text.Length; length++)
            ReaderChecks.ReadWithoutFailure(text[..length], $"{fixture} cut after {length} chars");
    }

    [Theory]
    [InlineData(nameof(RobustnessCables.Raw))]
    [InlineData(nameof(RobustnessCables.Html))]
    public void Every_suffix_reads_without_failure(string fixture)
    {
        var text = Fixture(fixture);
        for (var start = 0; start <= text.Length; start++)
            ReaderChecks.ReadWithoutFailure(text[start..], $"{fixture} starting at char {start}");
    }

    [Fact]
    public void The_raw_cable_with_any_one_line_dropped_reads_without_failure()
    {
        var lines = RobustnessCables.Raw.Split('\n');
        for (var drop = 0; drop < lines.Length; drop++)
            ReaderChecks.ReadWithoutFailure(string.Join('\n', lines.Where((_, i) => i != drop)), $"the raw fixture without line {drop + 1}");
    }

    private static string Fixture(string name) => name switch
    {
        nameof(RobustnessCables.Raw) => RobustnessCables.Raw,
        nameof(RobustnessCables.Html) => RobustnessCables.Html,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
