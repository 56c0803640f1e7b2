namespace Chancery.Cables.Tests.Rules;

public class RoutingIndicatorMismatchRuleTests
{
    private const string Code = "CHR0022";

    [Fact]
    public void FiresWhenTheIndicatorServedAnotherStationOnTheDate()
    {
        var cable = CleanCable.Model with { Created = new DateTime(2010, 2, 1, 9, 0, 0, DateTimeKind.Utc) };
        var finding = Assert.Single(CleanCable.FindingsOf(Code, cable, CleanCable.Text));
        Assert.Equal((8, 6), (finding.Line, finding.Column));
        Assert.Contains("delivers to ASTANA, not to AMEMBASSY ALMATY (ALMATY)", finding.Message);
    }

    [Fact]
    public void FiresWhenTheIndicatorBelongsToAnotherPost() =>
        Assert.Single(CleanCable.FindingsOf(Code, CleanCable.Model with { Info = [new Addressee("RUEHC", "AMEMBASSY ALMATY")] }));

    [Fact]
    public void QuietOnAgenciesAndCollectives() =>
        Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model with { Info = [new Addressee("RUEHC", "DEPT OF LABOR WASHDC"), new Addressee("RUCNCIS", "CIS COLLECTIVE")] }));

    [Fact]
    public void QuietOnCleanCable() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model, CleanCable.Text));
}
