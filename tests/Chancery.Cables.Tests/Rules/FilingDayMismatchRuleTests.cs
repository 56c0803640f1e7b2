namespace Chancery.Cables.Tests.Rules;

public class FilingDayMismatchRuleTests
{
    private const string Code = "CHR0007";

    private static Cable WithFilingDay(Cable cable, int day) =>
        cable with { Transmission = cable.Transmission! with { FilingTime = new FilingTime(day, 3, 36) } };

    [Fact]
    public void FiresWhenTheJulianDayIsNotTheDtgDay()
    {
        var finding = Assert.Single(CleanCable.FindingsOf(Code, WithFilingDay(CleanCable.Model, 120), CleanCable.Text));
        Assert.Equal((3, 1), (finding.Line, finding.Column));
        Assert.Contains("120", finding.Message);
    }

    [Fact]
    public void FiresWhenFiledTheDayBefore() => Assert.Single(CleanCable.FindingsOf(Code, WithFilingDay(CleanCable.Model, 113)));

    [Fact]
    public void QuietWhenFiledJustAfterMidnight() => Assert.Empty(CleanCable.FindingsOf(Code, WithFilingDay(CleanCable.Model, 115)));

    [Fact]
    public void QuietAcrossTheYearTurn()
    {
        var cable = CleanCable.Model with { Created = new DateTime(2006, 12, 31, 23, 59, 0, DateTimeKind.Utc) };
        Assert.Empty(CleanCable.FindingsOf(Code, WithFilingDay(cable, 1)));
        Assert.Empty(CleanCable.FindingsOf(Code, WithFilingDay(cable, 365)));
    }

    [Fact]
    public void UsesTheLeapDay()
    {
        var cable = CleanCable.Model with { Created = new DateTime(2008, 12, 31, 12, 0, 0, DateTimeKind.Utc) };
        Assert.Empty(CleanCable.FindingsOf(Code, WithFilingDay(cable, 366)));
        Assert.Single(CleanCable.FindingsOf(Code, WithFilingDay(cable, 365)));
    }

    [Fact]
    public void QuietOnCleanCable() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model, CleanCable.Text));
}
