namespace Chancery.Cables.Tests.Rules;

public class ClassifiedWithoutDeclassificationRuleTests
{
    private const string Code = "CHR0002";

    [Fact]
    public void FiresWhenAClassifiedCableHasNoEoLine()
    {
        var finding = Assert.Single(CleanCable.FindingsOf(Code, CleanCable.Model with { ExecutiveOrder = null }, CleanCable.Text));
        Assert.Equal(10, finding.Line); // the classification line
    }

    [Fact]
    public void FiresWhenAClassifiedCableSaysNotApplicable()
    {
        var cable = CleanCable.Model with { ExecutiveOrder = new ExecutiveOrder("12958", "N/A") };
        var finding = Assert.Single(CleanCable.FindingsOf(Code, cable, CleanCable.TextWith("DECL: 04/20/2016", "N/A")));
        Assert.Equal((14, 1), (finding.Line, finding.Column));
    }

    [Fact]
    public void QuietOnAnUnclassifiedCableWithoutDeclassification() =>
        Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model with { Classification = Classification.Unclassified, ExecutiveOrder = new ExecutiveOrder("12958", "N/A") }));

    [Fact]
    public void QuietOnCleanCable() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model, CleanCable.Text));
}
