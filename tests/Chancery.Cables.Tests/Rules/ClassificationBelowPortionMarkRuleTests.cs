namespace Chancery.Cables.Tests.Rules;

public class ClassificationBelowPortionMarkRuleTests
{
    private const string Code = "CHR0001";

    [Fact]
    public void FiresWhenAParagraphIsMarkedHigherThanTheCable()
    {
        var cable = CleanCable.Model with { Paragraphs = [new Paragraph(1, "S/NF", "A secret portion.")] };
        var text = CleanCable.TextWith("1. (C) Ministry", "1. (S/NF) Ministry");
        var finding = Assert.Single(CleanCable.FindingsOf(Code, cable, text));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal((20, 4), (finding.Line, finding.Column));
        Assert.Contains("SECRET", finding.Message);
    }

    [Fact]
    public void FiresOnASubjectMarkAboveAnUnclassifiedCable()
    {
        var cable = CleanCable.Model with { Classification = Classification.Unclassified, SubjectMarking = "C", Paragraphs = [] };
        Assert.Single(CleanCable.FindingsOf(Code, cable));
    }

    [Theory]
    [InlineData("SBU")]
    [InlineData("U")]
    [InlineData("C//NF")]
    [InlineData("C/REL TO USA, GBR")]
    [InlineData("LOU")]
    public void QuietWhenMarksAreAtOrBelowTheClassification(string mark) =>
        Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model with { Paragraphs = [new Paragraph(1, mark, "x")] }));

    [Fact]
    public void QuietOnCleanCable() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model, CleanCable.Text));
}
