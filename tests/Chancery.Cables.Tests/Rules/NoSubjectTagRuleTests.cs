namespace Chancery.Cables.Tests.Rules;

public class NoSubjectTagRuleTests
{
    private const string Code = "CHR0005";

    [Fact]
    public void FiresWhenOnlyProgramAndGeographicTagsAreGiven()
    {
        var finding = Assert.Single(CleanCable.FindingsOf(Code, CleanCable.Model with { Tags = ["KDEM", "KZ", "NATO"] }, CleanCable.Text));
        Assert.Equal((15, 1), (finding.Line, finding.Column));
    }

    [Fact]
    public void QuietWhenThereAreNoTagsAtAll() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model with { Tags = [] }));

    [Fact]
    public void QuietOnCleanCable() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model, CleanCable.Text));
}
