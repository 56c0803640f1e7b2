namespace Chancery.Cables.Tests.Rules;

public class DuplicateAddresseeRuleTests
{
    private const string Code = "CHR0020";

    [Fact]
    public void FiresWhenAnActionAddresseeIsAlsoAnInformationAddressee()
    {
        var cable = CleanCable.Model with { Info = [.. CleanCable.Model.Info, new Addressee("RUEHC", "SECSTATE WASHDC", Sequence: 121)] };
        var text = CleanCable.TextWith("INFO RUEHTA/AMEMBASSY ALMATY 0110", "INFO RUEHTA/AMEMBASSY ALMATY 0110\nRUEHC/SECSTATE WASHDC 0121");
        var finding = Assert.Single(CleanCable.FindingsOf(Code, cable, text));
        Assert.Equal((9, 7), (finding.Line, finding.Column));
        Assert.Contains("INFO", finding.Message);
    }

    [Fact]
    public void ReportsEachDuplicateOnce()
    {
        var twice = new Addressee("RUEHTA", "AMEMBASSY  almaty");
        Assert.Single(CleanCable.FindingsOf(Code, CleanCable.Model with { Info = [.. CleanCable.Model.Info, twice, twice] }));
    }

    [Fact]
    public void QuietOnCleanCable() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model, CleanCable.Text));
}
