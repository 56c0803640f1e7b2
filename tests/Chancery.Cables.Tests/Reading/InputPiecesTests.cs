namespace Chancery.Cables.Tests.ReaderTests;

/// <summary>
/// The reader hands over the body and paragraphs as pieces of its input and builds their strings on first read:
/// what it builds must be exactly what a clean copy of the same text gives, whatever the line endings, trailing
/// blanks and page breaks of the input.
/// </summary>
public class InputPiecesTests
{
    private static readonly CableReader Reader = new();

    private const string Clean = """
        UNCLAS SECTION 01 OF 01 SKOPJE 000321
        SIPDIS
        E.O. 12958: N/A
        TAGS: PGOV, PREL, MK
        SUBJECT: MACEDONIA: PARLIAMENT PASSES THE BUDGET
        1. (U) Summary: Parliament passed the 2008 budget late
        on Friday after a long debate. End summary.
        2. (U) The vote was 61 to 29. The opposition walked
        out before the vote and said it would
        challenge the result in court.

        3. (U) The budget raises spending on roads
        by ten percent.
        SMITH
        """;

    // The same cable as a Windows file with ragged trailing blanks, indented continuation lines and a page break.
    private static string Ragged() => string.Join("\r\n", Clean.Split('\n').Select((line, i) => line.Length == 0 ? "   " : line + new string(' ', i % 3)))
        .Replace("2. (U) The vote was 61 to 29. The opposition walked", "2. (U)  The vote was 61 to 29.   The opposition walked\r\n\r\nSKOPJE 00000321  001.2 OF 002\r\n")
        .Replace("out before the vote", "     out before the vote");

    [Fact]
    public void ParagraphsJoinLinesAcrossLineEndsBlanksAndPageBreaks()
    {
        var ragged = Reader.Read(Ragged());
        Assert.Equal(
        [
            "Summary: Parliament passed the 2008 budget late on Friday after a long debate. End summary.",
            "The vote was 61 to 29. The opposition walked out before the vote and said it would challenge the result in court.",
            "The budget raises spending on roads by ten percent.",
        ], ragged.Paragraphs.Select(p => p.Text));
        Assert.Equal("Parliament passed the 2008 budget late on Friday after a long debate.", ragged.Summary);
        Assert.Equal("SMITH", ragged.Signature);
    }

    [Fact]
    public void TheBodyIsItsLinesWithoutTrailingBlanksJoinedByLineFeeds()
    {
        var body = Reader.Read(Ragged()).Body;
        Assert.DoesNotContain('\r', body);
        Assert.DoesNotContain(" \n", body);
        Assert.DoesNotContain("001.2 OF 002", body);
        Assert.StartsWith("1. (U) Summary: Parliament passed the 2008 budget late\non Friday", body);
        Assert.EndsWith("by ten percent.\nSMITH", body);
        Assert.Equal(Reader.Read(Clean).Body, Reader.Read(Clean.Replace("\n", "\r\n")).Body);
    }

    [Fact]
    public void ACableReadFromPiecesEqualsOneBuiltFromStrings()
    {
        var read = Reader.Read(Ragged());
        var copy = read with
        {
            Body = new string(read.Body.AsSpan()),
            Paragraphs = [.. read.Paragraphs.Select(p => new Paragraph(p.Number, p.Marking, new string(p.Text.AsSpan())))],
        };
        Assert.Equal(copy, read);
        Assert.Equal(copy.GetHashCode(), read.GetHashCode());
        Assert.NotEqual(read, read with { Paragraphs = [.. read.Paragraphs.Select(p => p with { Text = p.Text + "!" })] });
    }

    [Fact]
    public void ReadingOnSeveralThreadsAtOnceGivesWhatReadingAloneGives()
    {
        var stream = string.Join("\nNNNN\n", Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? Clean : Ragged()));
        var alone = Reader.ReadAll(stream, "s.txt");
        var together = Enumerable.Range(0, 8).AsParallel().Select(_ => Reader.ReadAll(stream, "s.txt")).ToList();
        foreach (var cables in together) Assert.Equal(alone, cables);
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\r\n")]
    [InlineData("\n")]
    public void AnyLineEndAndBlankLinesOfWhiteSpaceGiveTheSameBody(string lineEnd)
    {
        // Blank lines made of spaces and form feeds, and trailing blanks, inside runs of lines the body keeps whole.
        var variant = string.Join(lineEnd, Clean.Split('\n').Select((line, i) => line.Length == 0 ? " \f " : line + new string(' ', i % 2)));
        var body = Reader.Read(variant).Body;
        Assert.Equal(Reader.Read(Clean).Body, body);
        Assert.Contains("in court.\n\n3. (U)", body);
    }

    [Fact]
    public void ACableInAStreamReadsAsItDoesAloneWithLinesCountedFromTheStreamStart()
    {
        string[] cables = [Clean, Ragged(), "JUNK BEFORE ANY HEADING\n" + Clean];
        var stream = string.Join("\nNNNN\n\n", cables);
        var read = Reader.ReadAll(stream, "s.txt");
        Assert.Equal(cables.Length, read.Count);
        var firstLine = 1;
        for (var i = 0; i < cables.Length; i++)
        {
            var alone = Reader.Read(cables[i], "s.txt");
            Assert.Equal(alone with { Source = read[i].Source, Diagnostics = [] }, read[i] with { Diagnostics = [] });
            Assert.Equal(alone.Diagnostics.Select(d => (d.Code, d.Line + firstLine - 1)), read[i].Diagnostics.Select(d => (d.Code, d.Line)));
            firstLine += cables[i].Split('\n').Length + 2; // the cable's lines, NNNN and the blank line after it
        }
    }
}
