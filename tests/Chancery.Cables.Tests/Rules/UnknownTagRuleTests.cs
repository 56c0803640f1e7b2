namespace Chancery.Cables.Tests.Rules;

public class UnknownTagRuleTests
{
    private const string Code = "CHR0006";

    [Fact]
    public void FiresOnAMisspelledTagWithASuggestionAtItsPlace()
    {
        var cable = CleanCable.Model with { Tags = ["PREL", "ECNO", "KZ"] };
        var text = CleanCable.TextWith("TAGS: PREL ECON KZ", "TAGS: PREL ECNO KZ");
        var finding = Assert.Single(CleanCable.FindingsOf(Code, cable, text));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal((15, 12), (finding.Line, finding.Column));
        Assert.EndsWith("did you mean ECON?", finding.Message);
    }

    [Fact]
    public void FiresOnTagsRunTogetherWithTheirSplit()
    {
        var finding = Assert.Single(CleanCable.FindingsOf(Code, CleanCable.Model with { Tags = ["ETRDEINVPGOVKZ"] }));
        Assert.EndsWith("run together: ETRD EINV PGOV KZ.", finding.Message);
    }

    [Fact]
    public void FiresOnAnIsoCountryCodeSuggestingTheFipsCode()
    {
        var finding = Assert.Single(CleanCable.FindingsOf(Code, CleanCable.Model with { Tags = ["PREL", "RU"] }));
        Assert.EndsWith("did you mean RS?", finding.Message);
    }

    [Fact]
    public void QuietOnPersonalNameTags() =>
        Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model with { Tags = ["PREL", "OVIP (EXAMPLE, ANNA)", "Gaza Disengagement", "EXAMPLEPERSON"] }));

    [Fact]
    public void QuietOnCleanCable() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model, CleanCable.Text));
}
