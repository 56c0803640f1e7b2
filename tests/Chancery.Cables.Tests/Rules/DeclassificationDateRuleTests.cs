namespace Chancery.Cables.Tests.Rules;

public class DeclassificationDateRuleTests
{
    private const string Code = "CHR0017";

    private static Cable WithDecl(string? value) => CleanCable.Model with { ExecutiveOrder = new ExecutiveOrder("12958", value) };

    [Fact]
    public void FiresOnADateBeforeTheCable()
    {
        var finding = Assert.Single(CleanCable.FindingsOf(Code, WithDecl("2006-04-23"), CleanCable.Text));
        Assert.Equal((14, 13), (finding.Line, finding.Column));
    }

    [Fact]
    public void FiresOnADowngradeDateBeforeTheCable() => Assert.Single(CleanCable.FindingsOf(Code, WithDecl("DNG: CO 01/26/2005")));

    [Theory]
    [InlineData("2006-04-24")] // the cable's own day is not in the past
    [InlineData("DNG: CO 01/26/2021")]
    [InlineData("(X1)")]
    [InlineData("08 OCTOBER 2019")]
    [InlineData("GDS 8/12/85 (EXAMPLE, ANNA) OR-P")]
    public void QuietOnDatesNotInThePastAndOldSchedules(string value) => Assert.Empty(CleanCable.FindingsOf(Code, WithDecl(value)));

    [Theory]
    [InlineData("04/31/2016")]
    [InlineData("2016/13/01")]
    [InlineData("1/2016")]
    public void FiresOnAMalformedDate(string value) => Assert.Single(CleanCable.FindingsOf(Code, WithDecl(value)));

    [Theory]
    [InlineData("25X1-HUMAN")]
    [InlineData("X1")]
    [InlineData("OADR")]
    [InlineData("XGDS-2")]
    [InlineData("TWENTY YEARS")]
    [InlineData("N/A")]
    public void QuietOnExemptionsAndEvents(string value) => Assert.Empty(CleanCable.FindingsOf(Code, WithDecl(value)));

    [Fact]
    public void QuietOnCleanCable() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model, CleanCable.Text));
}
