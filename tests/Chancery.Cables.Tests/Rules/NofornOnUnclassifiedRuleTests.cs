namespace Chancery.Cables.Tests.Rules;

public class NofornOnUnclassifiedRuleTests
{
    private const string Code = "CHR0018";

    [Fact]
    public void FiresOnNofornOverAnUnclassifiedCable()
    {
        var cable = CleanCable.Model with { Classification = Classification.Unclassified, Captions = ["NOFORN", "SIPDIS"] };
        var text = CleanCable.TextWith("SIPDIS\n", "NOFORN\nSIPDIS\n");
        var finding = Assert.Single(CleanCable.FindingsOf(Code, cable, text));
        Assert.Equal((12, 1), (finding.Line, finding.Column));
    }

    [Fact]
    public void QuietOnNofornOverAConfidentialCable() =>
        Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model with { Captions = ["NOFORN", "SIPDIS"] }));

    [Fact]
    public void QuietOnCleanCable() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model, CleanCable.Text));
}
