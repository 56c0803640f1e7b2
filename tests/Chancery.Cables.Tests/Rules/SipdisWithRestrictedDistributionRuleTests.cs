namespace Chancery.Cables.Tests.Rules;

public class SipdisWithRestrictedDistributionRuleTests
{
    private const string Code = "CHR0004";

    [Theory]
    [InlineData("NODIS")]
    [InlineData("EXDIS")]
    public void FiresWhenSipdisComesWithARestriction(string restriction)
    {
        var cable = CleanCable.Model with { Captions = ["SIPDIS", restriction] };
        var finding = Assert.Single(CleanCable.FindingsOf(Code, cable, CleanCable.Text));
        Assert.Contains(restriction, finding.Message);
        Assert.Equal((12, 1), (finding.Line, finding.Column));
    }

    [Fact]
    public void FiresWhenBothShareOneCaptionLine() =>
        Assert.Single(CleanCable.FindingsOf(Code, CleanCable.Model with { Captions = ["NODIS, SIPDIS"] }));

    [Fact]
    public void QuietWithLimdis() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model with { Captions = ["SIPDIS", "LIMDIS", "NOFORN"] }));

    [Fact]
    public void QuietOnCleanCable() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model, CleanCable.Text));
}
