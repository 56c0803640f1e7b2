namespace Chancery.Cables.Tests.Rules;

public class MissingTagsRuleTests
{
    private const string Code = "CHR0016";

    [Fact]
    public void FiresWhenThereAreNoTags()
    {
        var text = CleanCable.TextWith("TAGS: PREL ECON KZ\n", "");
        var finding = Assert.Single(CleanCable.FindingsOf(Code, CleanCable.Model with { Tags = [] }, text));
        Assert.Equal(14, finding.Line); // no TAGS line: the E.O. line above where it belongs
    }

    [Fact]
    public void QuietOnCleanCable() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model, CleanCable.Text));
}
