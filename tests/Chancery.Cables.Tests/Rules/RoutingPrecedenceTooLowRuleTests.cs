namespace Chancery.Cables.Tests.Rules;

public class RoutingPrecedenceTooLowRuleTests
{
    private const string Code = "CHR0013";

    [Fact]
    public void FiresWhenAnAddresseeOnTheRoutingLineIsHigher()
    {
        var cable = CleanCable.Model with { To = [new Addressee("RUEHC", "SECSTATE WASHDC", Precedence.Immediate, Niact: true)] };
        var finding = Assert.Single(CleanCable.FindingsOf(Code, cable, CleanCable.Text));
        Assert.Equal((2, 1), (finding.Line, finding.Column));
        Assert.Contains("NIACT IMMEDIATE", finding.Message);
    }

    [Fact]
    public void QuietWhenTheHigherAddresseeTravelsInAnotherTransmission() =>
        Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model with { Info = [new Addressee("RUEHTA", "AMEMBASSY ALMATY", Precedence.Immediate)] }));

    [Fact]
    public void QuietOnCleanCable() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model, CleanCable.Text));
}
