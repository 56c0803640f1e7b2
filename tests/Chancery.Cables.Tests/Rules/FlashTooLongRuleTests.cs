namespace Chancery.Cables.Tests.Rules;

public class FlashTooLongRuleTests
{
    private const string Code = "CHR0011";

    private static string Words(int count) => string.Join(' ', Enumerable.Repeat("WORD", count));

    [Fact]
    public void FiresOnAFlashOfTwoHundredAndOneWords()
    {
        var cable = CleanCable.Model with { Precedence = Precedence.Flash, Body = Words(201) };
        var finding = Assert.Single(CleanCable.FindingsOf(Code, cable));
        Assert.Contains("201", finding.Message);
    }

    [Fact]
    public void QuietOnAFlashOfTwoHundredWords() =>
        Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model with { Precedence = Precedence.Flash, Body = Words(200) }));

    [Fact]
    public void QuietOnALongPriorityCable() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model with { Body = Words(5000) }));

    [Fact]
    public void QuietOnCleanCable() => Assert.Empty(CleanCable.FindingsOf(Code, CleanCable.Model, CleanCable.Text));
}
