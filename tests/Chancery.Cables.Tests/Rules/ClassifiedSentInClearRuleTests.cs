namespace Chancery.Cables.Tests.Rules;

public class ClassifiedSentInClearRuleTests
{
    private const string Code = "CHR0019";

    [Fact]
    public void FiresOnAConfidentialCableSentZnr()
    {
        var cable = CleanCable.Model with { Transmission = CleanCable.Model.Transmission! with { SecurityWarningText = "ZNR CCCCC" } };
        var finding = Assert.Single(CleanCable.FindingsOf(Code, cable, CleanCable.TextWith("ZNY CCCCC", "ZNR CCCCC")));
        Assert.Equal((4, 1), (finding.Line, finding.Column));
    }

    [Fact]
    public void QuietOnAnUnclassifiedCableSentZnr()
    {
        var cable = CleanCable.Model with
        {
            Classification = Classification.Unclassified,
            Paragraphs = [],
            Transmission = CleanCable.Model.Transmission! with { SecurityWarning = Classification.Unclassified, SecurityWarningText = "ZNR UUUUU" },
        };
        Assert.Empty(CleanCable.FindingsOf(Code, cable));
    }

    [Fact]
    public void QuietOnCleanCable() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model, CleanCable.Text));
}
