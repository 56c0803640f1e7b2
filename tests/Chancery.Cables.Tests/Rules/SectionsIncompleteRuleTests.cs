namespace Chancery.Cables.Tests.Rules;

public class SectionsIncompleteRuleTests
{
    private const string Code = "CHR0009";

    [Fact]
    public void FiresWhenASectionIsMissing()
    {
        var cable = CleanCable.Model with { Sections = new SectionInfo(3, [1, 3]) };
        var finding = Assert.Single(CleanCable.FindingsOf(Code, cable, CleanCable.Text));
        Assert.Equal("Section 2 of 3 is missing.", finding.Message);
        Assert.Equal((10, 25), (finding.Line, finding.Column));
    }

    [Fact]
    public void FiresWhenSectionsAreOutOfOrderOrRepeated()
    {
        var findings = CleanCable.FindingsOf(Code, CleanCable.Model with { Sections = new SectionInfo(3, [2, 1, 1, 3]) });
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, d => d.Message.Contains("comes after", StringComparison.Ordinal));
        Assert.Contains(findings, d => d.Message.Contains("twice", StringComparison.Ordinal));
    }

    [Fact]
    public void FiresWhenTheDeLineNamesAnotherSection()
    {
        var cable = CleanCable.Model with { Sections = new SectionInfo(2, [2]) };
        Assert.Contains(CleanCable.FindingsOf(Code, cable), d => d.Message.Contains("DE line", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(int.MaxValue)]
    public void FiresOnACountThatIsNoCount(int count) =>
        Assert.Contains("is not a number of sections", Assert.Single(CleanCable.FindingsOf(Code, CleanCable.Model with { Sections = new SectionInfo(count, [1]) })).Message);

    [Fact]
    public void QuietOnACompleteMessage() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model with { Sections = new SectionInfo(3, [1, 2, 3]), Transmission = CleanCable.Model.Transmission! with { Section = null } }));

    [Fact]
    public void QuietOnCleanCable() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model, CleanCable.Text));
}
