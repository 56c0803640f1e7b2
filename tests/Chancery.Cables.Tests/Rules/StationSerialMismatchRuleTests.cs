namespace Chancery.Cables.Tests.Rules;

public class StationSerialMismatchRuleTests
{
    private const string Code = "CHR0008";

    [Fact]
    public void FiresWhenTheDeSerialIsNotTheMessageNumber()
    {
        var finding = Assert.Single(CleanCable.FindingsOf(Code, CleanCable.Model with { Serial = 413 }, CleanCable.Text));
        Assert.Equal((3, 12), (finding.Line, finding.Column));
    }

    [Fact]
    public void QuietWhenALargeSerialMatchesItsLastFourDigits()
    {
        var cable = CleanCable.Model with { Serial = 83673, Transmission = CleanCable.Model.Transmission! with { StationSerial = 3673 } };
        Assert.Empty(CleanCable.FindingsOf(Code, cable));
    }

    [Fact]
    public void QuietOnCleanCable() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model, CleanCable.Text));
}
