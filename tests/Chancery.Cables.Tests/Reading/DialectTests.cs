using Chancery.Cables.Reading;

namespace Chancery.Cables.Tests.ReaderTests;

/// <summary>Archive dialects, each with text written for the test.</summary>
public class DialectTests
{
    private static readonly CableReader Reader = new();

    [Fact]
    public void ReadsATabSeparatedRowDumpWithBackslashContinuations()
    {
        var text = string.Join('\n',
            "2007-06-01 14:30:00\t07VALLETTA412\tEmbassy Valletta\tCONFIDENTIAL\t\tVZCZCVLO0412\\",
            "OO RUEHC\\",
            "DE RUEHVT #0412 1521430\\",
            "ZNY CCCCC ZZH\\",
            "O 011430Z JUN 07\\",
            "FM AMEMBASSY VALLETTA\\",
            "TO RUEHC/SECSTATE WASHDC IMMEDIATE 1234\tC O N F I D E N T I A L VALLETTA 000412 \\",
            " \\",
            "E.O. 12958: DECL: 06/01/2017 \\",
            "TAGS: PREL MT\\",
            "SUBJECT: MALTA: A ROW DUMP \\",
            " \\",
            "1. (C) The text. \\");
        var c = Reader.Read(text);
        Assert.Equal("07VALLETTA412", c.ReferenceId);
        Assert.Equal("MALTA: A ROW DUMP", c.Subject);
        Assert.Equal(["PREL", "MT"], c.Tags);
        Assert.Equal("The text.", Assert.Single(c.Paragraphs).Text);
    }

    [Fact]
    public void ReadsACablesCsvRowDump()
    {
        var text = string.Join('\n',
            "12345,6/1/2007 14:30,07VALLETTA412,\"Embassy Valletta\",CONFIDENTIAL,,\"O 011430Z JUN 07",
            "FM AMEMBASSY VALLETTA",
            "TO SECSTATE WASHDC IMMEDIATE 1234",
            "\",\"C O N F I D E N T I A L VALLETTA 000412",
            "",
            "TAGS: PREL MT",
            "SUBJECT: MALTA: A CSV ROW",
            "",
            "1. (C) The text.\"");
        var c = Reader.Read(text);
        Assert.Equal("07VALLETTA412", c.ReferenceId);
        Assert.Equal("MALTA: A CSV ROW", c.Subject);
    }

    [Fact]
    public void CutsAGluedCableDatedHeaderIntoItsConstructs()
    {
        var text = "Cable dated:2007-06-01T14:30:00S E C R E T SECTION 01 OF 02 VALLETTA 000412SIPDISE.O. 12958: DECL: 06/01/2017 TAGS: PREL MT SUBJECT: MALTA: GLUED\n"
            + "1. (S) The text.";
        var c = Reader.Read(text);
        Assert.Equal("07VALLETTA412", c.ReferenceId);
        Assert.Equal(new DateTime(2007, 6, 1, 14, 30, 0, DateTimeKind.Utc), c.Created);
        Assert.Equal(Classification.Secret, c.Classification);
        Assert.Contains("SIPDIS", c.Captions);
        Assert.Equal("2017-06-01", c.ExecutiveOrder?.Declassify);
        Assert.Equal("MALTA: GLUED", c.Subject);
    }

    [Theory]
    [InlineData("Friday, 01 June 2007, 14:30", 2007, 6, 1, 14, 30)]
    [InlineData("Wednesday, 29 November 2000, 13:59", 2000, 11, 29, 13, 59)]
    public void ReadsAMediaPartnersDateLine(string line, int y, int mo, int d, int h, int mi) =>
        Assert.Equal(new DateTime(y, mo, d, h, mi, 0, DateTimeKind.Utc), MediaDateLine.TryRead(line));

    [Theory]
    [InlineData("301738Z Jul 04", 2004, 7, 30, 17, 38)]
    [InlineData("011430Z JUN 1975", 1975, 6, 1, 14, 30)]
    public void ReadsAnArchiveDtgLine(string line, int y, int mo, int d, int h, int mi) =>
        Assert.Equal(new DateTime(y, mo, d, h, mi, 0, DateTimeKind.Utc), DtgLine.TryRead(line));

    [Theory]
    [InlineData("311738Z Jun 04")] // 31 June
    [InlineData("301738Z Jux 04")]
    [InlineData("THE TALKS WENT")]
    public void RejectsWhatIsNotADtgLine(string line) => Assert.Null(DtgLine.TryRead(line));

    [Fact]
    public void InfersTheCitingYearFromTheDeclassificationDateAndTheBody()
    {
        Assert.Equal(4, CitingYear.Infer(new ExecutiveOrder("12958", "2014-11-21"), "met on 22 NOVEMBER 2004"));
        Assert.Equal(4, CitingYear.Infer(new ExecutiveOrder("12958", "2014-11-21"), "no year mentioned"));
        Assert.Equal(5, CitingYear.Infer(new ExecutiveOrder("12958", "2030-01-01"), "the 2005 budget"));
        Assert.Null(CitingYear.Infer(new ExecutiveOrder("12958", "N/A"), "2005"));
    }

    [Fact]
    public void UsesTheCitingYearForReferencesOfAnUndatedExtract()
    {
        var text = "This record is a partial extract of the original cable.\n\nC O N F I D E N T I A L VALLETTA 000412\n\n"
            + "E.O. 12958: DECL: 06/01/2017\nTAGS: PREL MT\nSUBJECT: MALTA: UNDATED\n\nREF: VALLETTA 398\n\n1. (C) In June 2007 the text.";
        var c = Reader.Read(text);
        Assert.Null(c.ReferenceId);
        Assert.Equal("07VALLETTA398", Assert.Single(c.References).ReferenceId);
        Assert.Contains(c.Diagnostics, d => d.Code == "CHN0205");
    }

    [Fact]
    public void TakesTheWholeCopyWhenTheArchiveShowsACutOneFirst()
    {
        var header = "C O N F I D E N T I A L VALLETTA 000412\n\nE.O. 12958: DECL: 06/01/2017\nTAGS: PREL MT\n";
        var text = "VZCZCVLO0412\nOO RUEHC\nDE RUEHVT #0412 1521430\nZNY CCCCC ZZH\nO 011430Z JUN 07\nFM AMEMBASSY VALLETTA\nTO RUEHC/SECSTATE WASHDC 1234\n\n"
            + header + "SUBJECT: MALTA: WHOLE\n\nREF: A. VALLETTA 398\n   ...\n\n\nid: 1\n\n"
            + header + "SUBJECT: MALTA: WHOLE\n\nREF: A. VALLETTA 398\nB. VALLETTA 399\n\n1. (C) The text.";
        var c = Reader.Read(text);
        Assert.Equal(["07VALLETTA398", "07VALLETTA399"], c.References.Select(r => r.ReferenceId));
        Assert.Equal("The text.", Assert.Single(c.Paragraphs).Text);
    }
}
