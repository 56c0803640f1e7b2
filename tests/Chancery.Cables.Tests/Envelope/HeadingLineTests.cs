using Chancery.Cables.Reading;

namespace Chancery.Cables.Tests.Envelope;

public sealed class HeadingLineTests
{
    [Theory]
    [InlineData("VZCZCXRO1728", "XRO1728", "XRO", 1728)]
    [InlineData("VZCZCXYZ0000", "XYZ0000", "XYZ", 0)]
    [InlineData("VV ABC027", "ABC027", "ABC", 27)]
    public void TransmissionIdentification(string line, string id, string channel, int serial)
    {
        Assert.True(TransmissionIdLine.TryParse(line, out var parts));
        Assert.Equal(new TransmissionIdLine.Parts(id, channel, serial), parts);
    }

    [Theory]
    [InlineData("VZCZCXRO1728 PLUS TEXT")]
    [InlineData("VVS ABC027")]
    [InlineData("V ZCZC")]
    public void NotATransmissionIdentification(string line) => Assert.False(TransmissionIdLine.TryParse(line, out _));

    [Theory]
    [InlineData("DE RUEHAST #0038/01 1140336", "RUEHAST", 38, 1, 114, 3, 36)]
    [InlineData("DE RUEHC #3673 1422109", "RUEHC", 3673, null, 142, 21, 9)]
    [InlineData("DE RUEHC 3673 1422109", "RUEHC", 3673, null, 142, 21, 9)]
    [InlineData("DE RUEHFR #0107A 0011200", "RUEHFR", 107, null, 1, 12, 0)]
    public void DeLineParts(string line, string station, int serial, int? section, int day, int hour, int minute)
    {
        Assert.True(DeLine.TryParse(line, out var parts));
        Assert.Equal(station, parts.Station);
        Assert.Equal(serial, parts.Serial);
        Assert.Equal(section, parts.Section);
        Assert.Equal(new FilingTime(day, hour, minute), parts.FilingTime);
        Assert.Equal(DeLine.Problem.None, parts.Issue);
    }

    [Theory]
    [InlineData("DE AMEMB #0012 1140336", "StationNotRoutingIndicator", 3)]
    [InlineData("DE RUEHC #0012 11403", "UnreadableGroup", 15)]
    [InlineData("DE RUEHC #0012 1140336 EXTRA", "UnreadableGroup", 23)]
    public void DeLineProblemsAreLocated(string line, string problem, int offset)
    {
        Assert.True(DeLine.TryParse(line, out var parts));
        Assert.Equal((Enum.Parse<DeLine.Problem>(problem), offset), (parts.Issue, parts.IssueOffset));
    }

    [Fact]
    public void DeLineWithoutSerialKeepsTheFilingTime()
    {
        Assert.True(DeLine.TryParse("DE RUEHC 1422109", out var parts));
        Assert.Null(parts.Serial);
        Assert.Equal(new FilingTime(142, 21, 9), parts.FilingTime);
    }

    [Theory]
    [InlineData("ZNR UUUUU ZZH", "ZNR UUUUU", Classification.Unclassified, new[] { "ZZH" })]
    [InlineData("ZNY CCCCC ZZH", "ZNY CCCCC", Classification.Confidential, new[] { "ZZH" })]
    [InlineData("ZNR UUUAA", "ZNR UUUAA", Classification.Unclassified, new string[0])]
    [InlineData("ZNY SSSSS ZZH (CCY AD3230EB MSI1033-695)", "ZNY SSSSS", Classification.Secret, new[] { "ZZH" })]
    [InlineData("ZNY CCCCC ZZHZDF", "ZNY CCCCC", Classification.Confidential, new[] { "ZZH", "ZDF" })]
    [InlineData("ZNY TTTTT", "ZNY TTTTT", Classification.TopSecret, new string[0])]
    public void SecurityWarning(string line, string text, Classification level, string[] signals)
    {
        Assert.True(SecurityWarningLine.TryParse(line, out var parts));
        Assert.Equal(text, parts.Text);
        Assert.Equal(level, parts.Level);
        Assert.Equal(signals, parts.Signals);
    }

    [Fact]
    public void RestrictedSecurityWarningHasNoLevel()
    {
        Assert.True(SecurityWarningLine.TryParse("ZNY RRRRR ZZH", out var parts));
        Assert.Null(parts.Level);
    }

    [Theory]
    [InlineData("RUEHC/SECSTATE WASHDC PRIORITY 0116", "RUEHC", "SECSTATE WASHDC", Precedence.Priority, false, 116)]
    [InlineData("SECSTATE WASHDC IMMEDIATE 7738", null, "SECSTATE WASHDC", Precedence.Immediate, false, 7738)]
    [InlineData("ZEN/AMEMBASSY RIGA NIACT IMMEDIATE 0612-0615", "ZEN", "AMEMBASSY RIGA", Precedence.Immediate, true, 612)]
    [InlineData("RHFJSCC/COMMARFORPAC  IMMEDIATE", "RHFJSCC", "COMMARFORPAC", Precedence.Immediate, false, null)]
    [InlineData("RUEKJCS/SECDEF WASHDC//USDP:ISA// FLASH", "RUEKJCS", "SECDEF WASHDC//USDP:ISA//", Precedence.Flash, false, null)]
    [InlineData("USAFSO/DOI HOWARD AFB PN", null, "USAFSO/DOI HOWARD AFB PN", null, false, null)]
    [InlineData("AMEMBASSY PARIS ROUTINE", null, "AMEMBASSY PARIS", Precedence.Routine, false, null)]
    [InlineData("AMEMBASSY NEW DELHI PIORITY", null, "AMEMBASSY NEW DELHI PIORITY", null, false, null)]
    public void Addressee(string text, string? route, string address, Precedence? precedence, bool niact, int? sequence) =>
        Assert.Equal(new Addressee(route, address, precedence, niact, sequence), AddresseeLine.Parse(text));

    [Theory]
    [InlineData("UNCLAS SECTION 01 OF 02 ASTANA 000038", true)]
    [InlineData("UNCLASSIFIED//FOR OFFICIAL USE ONLY", true)]
    [InlineData("C O N F I D E N T I A L SECTION 01 OF 03 HARARE 006677", true)]
    [InlineData("C o n f i d e n t i a l section 01 of 03 damascus 000389", true)]
    [InlineData("S E C R E T STATE 023763", true)]
    [InlineData("SECRET//NOFORN", true)]
    [InlineData("LIMITED OFFICIAL USE", true)]
    [InlineData("L I M I T E D  O F F I C I A L  U S E ROME 01196", true)]
    [InlineData("TOP SECRET STATE 000001", true)]
    [InlineData("                           CONFIDENTIAL     PTQ1859", false)]
    [InlineData("SECRET SERVICE WASHDC PRIORITY", false)]
    [InlineData("SECRETARY RICE MET THE MINISTER", false)]
    [InlineData("LIMITED PROGRESS WAS MADE", false)]
    [InlineData("C O R R E C T E D  C O P Y", false)]
    public void ClassificationLineStartsTheText(string line, bool expected) =>
        Assert.Equal(expected, TextStartLine.IsTextStart(line));

    [Theory]
    [InlineData("291359Z Nov 00", 2000, 11, 29, 13, 59)]
    [InlineData("011500Z JAN 2006", 2006, 1, 1, 15, 0)]
    [InlineData("281848Z DEC 66", 1966, 12, 28, 18, 48)]
    [InlineData("290000Z FEB 08", 2008, 2, 29, 0, 0)]
    public void DateTimeGroupIsUtc(string text, int year, int month, int day, int hour, int minute)
    {
        var pos = 0;
        Assert.Equal(DateTimeGroup.Outcome.Valid, DateTimeGroup.Read(text, ref pos, out var created));
        Assert.Equal(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc), created);
        Assert.Equal(DateTimeKind.Utc, created.Kind);
        Assert.Equal(text.Length, pos);
    }

    [Theory]
    [InlineData("290000Z FEB 07", "OutOfRange")]
    [InlineData("122460Z MAR 07", "OutOfRange")]
    [InlineData("121212Z", "Incomplete")]
    [InlineData("121212Z XYZ 07", "Incomplete")]
    [InlineData("121212Z MAR 7", "Incomplete")]
    [InlineData("1212Z MAR 07", "NotADtg")]
    public void BadDateTimeGroups(string text, string outcome)
    {
        var pos = 0;
        Assert.Equal(Enum.Parse<DateTimeGroup.Outcome>(outcome), DateTimeGroup.Read(text, ref pos, out _));
    }

    [Theory]
    [InlineData("Wednesday, 29 November 2000, 13:59", true)]
    [InlineData("Friday, 07 March 2008, 15:00", true)]
    [InlineData("Wednesday, the minister said", false)]
    public void MediaPartnerDateLine(string line, bool expected) => Assert.Equal(expected, ArchiveLines.IsMediaDateLine(line));
}
