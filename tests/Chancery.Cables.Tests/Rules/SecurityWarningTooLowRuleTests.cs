namespace Chancery.Cables.Tests.Rules;

public class SecurityWarningTooLowRuleTests
{
    private const string Code = "CHR0014";

    [Fact]
    public void FiresWhenASecretCableTravelsUnderConfidential()
    {
        var cable = CleanCable.Model with { Classification = Classification.Secret, Paragraphs = [] };
        var finding = Assert.Single(CleanCable.FindingsOf(Code, cable, CleanCable.Text));
        Assert.Equal((4, 1), (finding.Line, finding.Column));
        Assert.Contains("ZNY CCCCC", finding.Message);
    }

    [Fact]
    public void QuietOnLimitedOfficialUseUnderUuuuu()
    {
        var cable = CleanCable.Model with
        {
            Classification = Classification.LimitedOfficialUse,
            Transmission = CleanCable.Model.Transmission! with { SecurityWarning = Classification.Unclassified, SecurityWarningText = "ZNR UUUUU" },
        };
        Assert.Empty(CleanCable.FindingsOf(Code, cable));
    }

    [Fact]
    public void QuietOnCleanCable() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model, CleanCable.Text));
}
