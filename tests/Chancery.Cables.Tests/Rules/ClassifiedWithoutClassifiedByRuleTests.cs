namespace Chancery.Cables.Tests.Rules;

public class ClassifiedWithoutClassifiedByRuleTests
{
    private const string Code = "CHR0003";

    [Fact]
    public void FiresWhenAClassifiedCableHasNoClassifiedByLine()
    {
        var finding = Assert.Single(CleanCable.FindingsOf(Code, CleanCable.Model with { ClassifiedBy = null }, CleanCable.Text));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(14, finding.Line);
    }

    [Fact]
    public void QuietUnderAnOrderThatHadNoClassifiedByLine() =>
        Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model with { ClassifiedBy = null, ExecutiveOrder = new ExecutiveOrder("11652", "GDS") }));

    [Fact]
    public void QuietOnCleanCable() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model, CleanCable.Text));
}
