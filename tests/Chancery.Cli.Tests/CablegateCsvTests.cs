using Chancery.Cables;

namespace Chancery.Cli.Tests;

public class CablegateCsvTests
{
    // Two records in the Aug-2011 layout, written for this test: fields over many lines and \" escapes.
    internal const string TwoRecords = """
        "1","12/28/1966 18:48","66VALLETTA12","Embassy Valletta","UNCLASSIFIED","66STATE1001|66VALLETTA9","P R 281848Z DEC 66
        FM AMEMBASSY VALLETTA
        TO SECSTATE WASHDC 120
        ","UNCLAS VALLETTA 012

        SUBJ: HARBOR \"FREE ZONE\" PROPOSAL

        1. TEXT OF THE CABLE.
        SMITH"
        "2","3/4/1975 11:25","75TEHRAN2069","Embassy Tehran","CONFIDENTIAL","","O 041125Z MAR 75
        FM AMEMBASSY TEHRAN
        TO SECSTATE WASHDC IMMEDIATE 4410","C O N F I D E N T I A L TEHRAN 2069

        1. SECOND TEXT."

        """;

    private static (List<CablegateRecord> Records, List<CablegateCsvError> Errors) Read(string csv)
    {
        var errors = new List<CablegateCsvError>();
        var records = CablegateCsv.Read(new StringReader(csv), errors.Add).ToList();
        return (records, errors);
    }

    [Fact]
    public void ReadsEveryColumnOfMultiLineRecords()
    {
        var (records, errors) = Read(TwoRecords);
        Assert.Empty(errors);
        Assert.Equal(2, records.Count);
        var first = records[0];
        Assert.Equal(1, first.Row);
        Assert.Equal(new DateTime(1966, 12, 28, 18, 48, 0, DateTimeKind.Utc), first.Created);
        Assert.Equal("66VALLETTA12", first.ReferenceId);
        Assert.Equal("Embassy Valletta", first.Origin);
        Assert.Equal("UNCLASSIFIED", first.Classification);
        Assert.Equal(["66STATE1001", "66VALLETTA9"], first.References);
        Assert.Equal("P R 281848Z DEC 66\nFM AMEMBASSY VALLETTA\nTO SECSTATE WASHDC 120\n", first.Header);
        Assert.Contains("SUBJ: HARBOR \"FREE ZONE\" PROPOSAL", first.Body);
        Assert.EndsWith("SMITH", first.Body);
        Assert.Empty(records[1].References);
    }

    [Fact]
    public void TextJoinsHeaderAndBodyWithABlankLine()
    {
        var record = Read(TwoRecords).Records[1];
        Assert.Equal("O 041125Z MAR 75\nFM AMEMBASSY TEHRAN\nTO SECSTATE WASHDC IMMEDIATE 4410\n\nC O N F I D E N T I A L TEHRAN 2069\n\n1. SECOND TEXT.", record.Text);
    }

    [Fact]
    public void RecordsKnowTheirLinesInTheFile()
    {
        var (records, _) = Read(TwoRecords);
        Assert.Equal((1, 1, 4), (records[0].Line, records[0].HeaderLine, records[0].BodyLine));
        Assert.Equal((10, 10, 12), (records[1].Line, records[1].HeaderLine, records[1].BodyLine));
        // Text line 1 is the header's first line; text line 5 (after 3 header lines and the blank) is the body's first,
        // which starts on the same file line as the header's last.
        Assert.Equal(10, records[1].FileLine(1));
        Assert.Equal(12, records[1].FileLine(3));
        Assert.Equal(12, records[1].FileLine(5));
        Assert.Equal(14, records[1].FileLine(7));
    }

    [Fact]
    public void MalformedRecordIsReportedWithItsLineAndSkipped()
    {
        var csv = "\"1\",\"1/2/2001 3:04\",\"01A1\",\"o\",\"c\",\"\",\"h\",\"b\"\n"
                  + "\"2\",\"1/2/2001 3:04\",\"01A2\",\"o\",\"c\",\"\"x,\"h\",\"b\"\n"
                  + "more text of the broken record\n"
                  + "\"3\",\"1/2/2001 3:04\",\"01A3\",\"o\",\"c\",\"\",\"h\",\"b\"\n";
        var (records, errors) = Read(csv);
        Assert.Equal(["01A1", "01A3"], records.Select(r => r.ReferenceId));
        var error = Assert.Single(errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("after the closing quote of field 6", error.Message);
    }

    [Theory]
    [InlineData("\"1\",\"1/2/2001 3:04\",\"01A1\",\"o\",\"c\",\"\",\"h\"\n", "7 fields")]
    [InlineData("\"1\",\"1/2/2001 3:04\",\"01A1\",\"o\",\"c\",\"\",\"h\",\"b\",\"x\"\n", "more than 8 fields")]
    [InlineData("1,\"1/2/2001 3:04\",\"01A1\",\"o\",\"c\",\"\",\"h\",\"b\"\n", "quoted field")]
    [InlineData("\"x\",\"1/2/2001 3:04\",\"01A1\",\"o\",\"c\",\"\",\"h\",\"b\"\n", "not a number")]
    [InlineData("\"1\",\"1/2/2001 3:04\",\"01A1\",\"o\",\"c\",\"\",\"h\",\"never closed\n", "ends inside a record")]
    public void EachKindOfDamageIsReported(string csv, string expected)
    {
        var (records, errors) = Read(csv);
        Assert.Empty(records);
        Assert.Contains(expected, Assert.Single(errors).Message);
    }

    [Fact]
    public void UnparsableCreatedKeepsTheRecordWithNullDate()
    {
        var record = Assert.Single(Read("\"1\",\"sometime\",\"01A1\",\"o\",\"c\",\"\",\"h\",\"b\"\n").Records);
        Assert.Null(record.Created);
        Assert.Equal("sometime", record.CreatedText);
    }

    [Fact]
    public void StreamsWithoutReadingAhead()
    {
        // The first record must come out before the reader sees the broken tail.
        using var reader = new StringReader(TwoRecords + "\"3\",\"unterminated");
        using var records = CablegateCsv.Read(reader).GetEnumerator();
        Assert.True(records.MoveNext());
        Assert.Equal("66VALLETTA12", records.Current.ReferenceId);
        Assert.NotEqual(-1, reader.Peek());
    }
}
