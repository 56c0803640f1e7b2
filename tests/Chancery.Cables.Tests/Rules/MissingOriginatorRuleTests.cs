namespace Chancery.Cables.Tests.Rules;

public class MissingOriginatorRuleTests
{
    private const string Code = "CHR0021";

    [Fact]
    public void FiresWithoutAnFmLine()
    {
        var text = CleanCable.TextWith("FM USOFFICE ASTANA\n", "");
        var finding = Assert.Single(CleanCable.FindingsOf(Code, CleanCable.Model with { From = null }, text));
        Assert.Equal((6, 1), (finding.Line, finding.Column)); // the TO line where FM belongs
    }

    [Fact]
    public void QuietOnCleanCable() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model, CleanCable.Text));
}
