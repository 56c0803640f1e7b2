using Chancery.Cables.Reading;

namespace Chancery.Cables.Tests.Envelope;

public sealed class PageHeaderTests
{
    [Theory]
    [InlineData("ASTANA 00000038 001.2 OF 002", 28)]
    [InlineData("PORT AU PR 00000408 002 OF 007", 30)]
    [InlineData("SAN JOSE 00001774  002 OF 003 ", 30)]
    [InlineData("damascus 00000389 002.4 of 003", 30)]
    [InlineData("PAGE 02 HARARE 06677 01 OF 03 291400Z", 37)]
    [InlineData("PAGE 02        STATE   050524  131535Z", 38)]
    [InlineData("  PAGE 03 LUSAKA 01207 291400Z", 30)]
    [InlineData("PAGE 01 STATE 187673", 20)]
    public void RecognisesWholeLineHeaders(string line, int length)
    {
        Assert.True(PageHeader.TryMatch(line, out var matched));
        Assert.Equal(length, matched);
    }

    [Theory]
    [InlineData("PAGE 02 HARARE 06677 01 OF 03 291400Z OPPOSITION LEADER", "OPPOSITION LEADER")]
    [InlineData("BEIJING 00000332 002 OF 003 (C) CONTINUED TEXT", "(C) CONTINUED TEXT")]
    public void LeavesTextAfterTheHeaderToTheCaller(string line, string rest)
    {
        Assert.True(PageHeader.TryMatch(line, out var length));
        Assert.Equal(rest, line[length..]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("PAGE 2 OF THE REPORT SAYS 12345 PEOPLE")]
    [InlineData("PAGE 01 STATE 187673 WAS SENT LATE")]
    [InlineData("ASTANA 38 001.2 OF 002")]
    [InlineData("THE MINISTER SAID 12345678 001 OF 002 WERE LOST")]
    [InlineData("A B C D E 00000038 001 OF 002")]
    [InlineData("SWISS-LIBYAN RELATIONS  TRIPOLI 00000592  001.2 OF 003")]
    [InlineData("IN 2006 12345678 PEOPLE VOTED")]
    [InlineData("1. THE ROME 00000038 001 OF 002")]
    [InlineData("ROME 00000038 001 OR 002")]
    public void LeavesOrdinaryTextAlone(string line) => Assert.False(PageHeader.TryMatch(line, out _));
}
