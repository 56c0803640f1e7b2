namespace Chancery.Cables.Tests.Rules;

public class MissingSubjectRuleTests
{
    private const string Code = "CHR0015";

    [Fact]
    public void FiresWhenTheSubjectIsBlank()
    {
        var finding = Assert.Single(CleanCable.FindingsOf(Code, CleanCable.Model with { Subject = "  " }, CleanCable.Text));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(16, finding.Line);
    }

    [Fact]
    public void QuietOnCleanCable() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model, CleanCable.Text));
}
