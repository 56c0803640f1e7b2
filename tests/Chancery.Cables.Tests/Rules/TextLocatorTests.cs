using Chancery.Cables.Rules;

namespace Chancery.Cables.Tests.Rules;

public class TextLocatorTests
{
    private const string Text = "VZCZCXRO0001\r\nRR RUEHC\rDE RUEHAST #0001\n  TAGS: PREL KZ\nSECRETARY RICE\nS E C R E T\n";

    [Fact]
    public void FindsLinesAcrossEveryKindOfLineBreak()
    {
        var locate = new TextLocator(Text);
        Assert.Equal(new TextPosition(3, 1), locate.LineStartingWith("DE"));
        Assert.Equal(new TextPosition(4, 3), locate.LineStartingWith("TAGS"));
    }

    [Fact]
    public void MatchesWholeWordsOnly()
    {
        var locate = new TextLocator(Text);
        Assert.Equal(new TextPosition(6, 1), locate.ClassificationLine()); // not SECRETARY on line 5
        Assert.Null(locate.LineStartingWith("TAG"));
        Assert.Equal(new TextPosition(3, 4), locate.Find("RUEHAST", wholeWord: true));
        Assert.Equal(new TextPosition(2, 4), locate.Find("RUEHC", wholeWord: true));
        Assert.Equal(new TextPosition(4, 14), locate.FindOnLine(locate.LineStartingWith("TAGS"), "KZ"));
    }

    [Fact]
    public void CountsOccurrences()
    {
        var locate = new TextLocator("A/X\nB/X\n");
        Assert.Equal(new TextPosition(2, 3), locate.Find("X", occurrence: 2));
        Assert.Null(locate.Find("X", occurrence: 3));
    }

    [Fact]
    public void AnswersNullWithoutText()
    {
        var locate = new TextLocator(null);
        Assert.Null(locate.LineStartingWith("DE"));
        Assert.Null(locate.Find("X"));
        Assert.Null(locate.FindOnLine(null, "X"));
    }
}
