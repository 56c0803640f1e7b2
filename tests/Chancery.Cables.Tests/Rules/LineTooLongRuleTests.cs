namespace Chancery.Cables.Tests.Rules;

public class LineTooLongRuleTests
{
    private const string Code = "CHR0010";

    [Fact]
    public void FiresOnALineOfSeventyCharacters()
    {
        var text = CleanCable.TextWith("2. (U) Embassy will report further.", "2. (U) " + new string('X', 63));
        var finding = Assert.Single(CleanCable.FindingsOf(Code, CleanCable.Model, text));
        Assert.Equal((23, 70), (finding.Line, finding.Column));
        Assert.Contains("70", finding.Message);
    }

    [Fact]
    public void QuietOnSixtyNineCharactersAndTrailingSpaces()
    {
        var text = CleanCable.TextWith("2. (U) Embassy will report further.", "2. (U) " + new string('X', 62) + "    ");
        Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model, text));
    }

    [Fact]
    public void SummarisesAfterTwentyLines()
    {
        var text = string.Join("\r\n", Enumerable.Repeat(new string('Y', 80), 25));
        var findings = CleanCable.FindingsOf(Code, CleanCable.Model, text);
        Assert.Equal(21, findings.Count);
        Assert.Equal("5 more lines are longer than 69 characters.", findings[^1].Message);
        Assert.Equal(21, findings[^1].Line);
    }

    [Fact]
    public void CountsLinesAsTheReaderDoes()
    {
        var text = "SHORT\rSHORT\r\nSHORT\n\f" + new string('Z', 70);
        var finding = Assert.Single(CleanCable.FindingsOf(Code, CleanCable.Model, text));
        Assert.Equal((4, 70), (finding.Line, finding.Column)); // the form feed is no line break
    }

    [Fact]
    public void QuietWithoutText() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model));

    [Fact]
    public void QuietOnCleanCable() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model, CleanCable.Text));
}
