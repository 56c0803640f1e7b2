using FsCheck.Xunit;

namespace Chancery.Cables.Tests.Writing;

/// <summary>Properties of <see cref="CableWriter"/> over generated cables (see <see cref="CableGenerators"/>).</summary>
public class CableWriterProperties
{
    private static readonly CableWriter Writer = new();

    [Property(Arbitrary = [typeof(CableArbitraries)], MaxTest = 150)]
    public void EveryLineOfACanonicalCableFitsAndIsIta2Safe(CanonicalCable cable) =>
        WriterAssert.LinesFitAndAreSafe(Writer.Write(cable.Value));

    [Property(Arbitrary = [typeof(CableArbitraries)], MaxTest = 300)]
    public void AnyCableIsWrittenWithoutThrowingAndEveryLineFitsAndIsIta2Safe(AnyCable cable) =>
        WriterAssert.LinesFitAndAreSafe(Writer.Write(cable.Value));

    [Property(Arbitrary = [typeof(CableArbitraries)], MaxTest = 100)]
    public void AnyCableEndsEveryTransmissionWithBtAndNnnnOnly(AnyCable cable)
    {
        var lines = WriterAssert.Lines(Writer.Write(cable.Value));
        Assert.Equal("NNNN", lines[^1]);
        // NNNN and ZCZC inside values must never reach the tape: exactly one of each per transmission.
        var transmissions = lines.Count(l => l == "NNNN");
        var starts = lines.Count(l => l.StartsWith("VZCZC", StringComparison.Ordinal));
        Assert.True(starts == 0 || starts == transmissions, $"{starts} VZCZC lines for {transmissions} transmissions");
        Assert.All(lines, l => Assert.False(l != "NNNN" && l.Contains("NNNN", StringComparison.Ordinal), $"NNNN inside a line: {l}"));
        Assert.All(lines, l => Assert.False(l[(l.StartsWith("VZCZC", StringComparison.Ordinal) ? 5 : 0)..].Contains("ZCZC", StringComparison.Ordinal), $"ZCZC inside a line: {l}"));
        Assert.Equal(2 * transmissions, lines.Count(l => l == "BT"));
    }

    [Property(Arbitrary = [typeof(CableArbitraries)], MaxTest = 25)]
    public void LongCablesAreSplitIntoSectionsOfAtMostFivePagesOfTwentyLines(LongCable cable)
    {
        var text = Writer.Write(cable.Value);
        WriterAssert.LinesFitAndAreSafe(text);
        var sections = WriterAssert.Transmissions(text);
        Assert.True(sections.Count > 1, "a long cable needs more than one section");
        var dtgLines = new HashSet<string>();
        for (var i = 0; i < sections.Count; i++)
        {
            var lines = sections[i];
            var number = $"{i + 1:D2}";
            Assert.Contains(lines, l => l.StartsWith("DE ", StringComparison.Ordinal) && l.Contains($"/{number} ", StringComparison.Ordinal));
            var textLines = WriterAssert.TextLines(lines);
            Assert.Contains($" SECTION {number} OF {sections.Count:D2} ", textLines[0], StringComparison.Ordinal);
            var pages = WriterAssert.Pages(textLines, cable.Value.Origin!);
            Assert.InRange(pages.Count, 1, CableWriter.PagesPerSection);
            Assert.All(pages, page => Assert.InRange(page.Count, 1, CableWriter.LinesPerPage));
            dtgLines.Add(lines[lines.FindIndex(l => l.StartsWith("FM ", StringComparison.Ordinal)) - 1]);
        }
        Assert.Single(dtgLines);
    }

    [Property(Arbitrary = [typeof(CableArbitraries)], MaxTest = 25)]
    public void SectionsAndPageHeadersLoseNoParagraphText(LongCable cable)
    {
        var text = Writer.Write(cable.Value);
        var words = string.Join(' ', WriterAssert.Transmissions(text)
            .SelectMany(t => WriterAssert.TextLines(t).Skip(1))
            .Where(l => !WriterAssert.IsPageHeader(l, cable.Value.Origin!)))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var expected = cable.Value.Paragraphs.Select(Chancery.Cables.Writing.TextBodyLines.ParagraphText);
        Assert.Contains(string.Join(' ', expected), string.Join(' ', words), StringComparison.Ordinal);
    }

    [Property(Arbitrary = [typeof(CableArbitraries)], MaxTest = 100)]
    public void WritingWhatWasReadGivesTheSameTextByteForByte(CanonicalCable cable)
    {
        var written = Writer.Write(cable.Value);
        var rewritten = Writer.Write(new CableReader().Read(written));
        Assert.Equal(written, rewritten);
    }

    [Property(Arbitrary = [typeof(CableArbitraries)], MaxTest = 25)]
    public void WritingWhatWasReadGivesTheSameTextByteForByteForLongCables(LongCable cable)
    {
        var written = Writer.Write(cable.Value);
        Assert.Equal(written, Writer.Write(new CableReader().Read(written)));
    }

    [Property(Arbitrary = [typeof(CableArbitraries)], MaxTest = 100)]
    public void ReadingWhatWasWrittenGivesBackEveryWrittenField(CanonicalCable cable) =>
        CableProjection.AssertRoundTrip(cable.Value, Writer.Write(cable.Value));

    [Property(Arbitrary = [typeof(CableArbitraries)], MaxTest = 20)]
    public void ReadingWhatWasWrittenGivesBackEveryWrittenFieldForLongCables(LongCable cable) =>
        CableProjection.AssertRoundTrip(cable.Value, Writer.Write(cable.Value));
}
