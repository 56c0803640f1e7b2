namespace Chancery.Cables.Tests.Rules;

public class UnknownRoutingIndicatorRuleTests
{
    private const string Code = "CHR0012";

    [Fact]
    public void FiresOnAnUnknownIndicatorOnTheRoutingLineAndItsAddressee()
    {
        var cable = CleanCable.Model with
        {
            Transmission = CleanCable.Model.Transmission! with { RoutingIndicators = ["RUEHC", "RUEHQQX"] },
            Info = [new Addressee("RUEHQQX", "AMEMBASSY NOWHERE")],
        };
        var text = CleanCable.TextWith("PP RUEHC", "PP RUEHC RUEHQQX");
        var finding = Assert.Single(CleanCable.FindingsOf(Code, cable, text));
        Assert.Equal((2, 10), (finding.Line, finding.Column));
        Assert.Contains("routing line", finding.Message);
    }

    [Fact]
    public void FiresOnAnUnknownOriginatingStation() =>
        Assert.Single(CleanCable.FindingsOf(Code, CleanCable.Model with { Transmission = CleanCable.Model.Transmission! with { OriginatingStation = "RUEHZZQ" } }));

    [Fact]
    public void QuietOnZen() =>
        Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model with { Info = [new Addressee("ZEN", "AMEMBASSY ALMATY")] }));

    [Fact]
    public void QuietOnCleanCable() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model, CleanCable.Text));
}
