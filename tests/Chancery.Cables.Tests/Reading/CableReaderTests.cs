namespace Chancery.Cables.Tests.ReaderTests;

public class CableReaderTests
{
    private static readonly CableReader Reader = new();

    [Fact]
    public void ReadsTheWholeEnvelopeOfARawTransmission()
    {
        var c = Reader.Read(OwnCables.RawTwoSectionFirst);
        Assert.Equal("07VALLETTA412", c.ReferenceId);
        Assert.Equal(new DateTime(2007, 6, 1, 14, 30, 0, DateTimeKind.Utc), c.Created);
        Assert.Equal(Precedence.Immediate, c.Precedence);
        Assert.Equal(Precedence.Priority, c.InfoPrecedence);
        Assert.Equal("VLO0412", c.Transmission?.TransmissionId);
        Assert.Equal(8, c.Transmission?.RoutingIndicators.Count);
        Assert.Equal("RUEHVT", c.Transmission?.OriginatingStation);
        Assert.Equal(1, c.Transmission?.Section);
        Assert.Equal(Classification.Confidential, c.Transmission?.SecurityWarning);
        Assert.Equal("AMEMBASSY VALLETTA", c.From?.Address);
        var to = Assert.Single(c.To);
        Assert.Equal("NIACT IMMEDIATE", to.PrecedenceText);
        Assert.Equal(1234, to.Sequence);
        Assert.Equal(["RUEHRO", "RUEHFR", "RUCNMEM"], c.Info.Select(a => a.RoutingIndicator));
        Assert.Equal("AMEMBASSY TUNIS", Assert.Single(c.Exempted).Address);
    }

    [Fact]
    public void ReadsTheTextHeader()
    {
        var c = Reader.Read(OwnCables.RawTwoSectionFirst);
        Assert.Equal(Classification.Confidential, c.Classification);
        Assert.Equal(["SIPDIS", "NOFORN"], c.Captions);
        Assert.Equal(["STATE FOR EUR/WE AND PRM/ASA", "ROME PASS TO NAPLES"], c.ForLines);
        Assert.Equal(new ExecutiveOrder("12958", "2017-06-01"), c.ExecutiveOrder);
        Assert.Equal("Ambassador Jane Q. Doe", c.ClassifiedBy?.Text);
        Assert.Equal(["PREL", "PREF", "SMIG", "MT", "LY"], c.Tags);
        Assert.Equal("MALTA: MINISTER ASKS FOR HELP WITH MIGRANT ARRIVALS BEFORE SUMMER", c.Subject);
        Assert.Equal("C", c.SubjectMarking);
        Assert.Equal(["07VALLETTA398", "06STATE12345", "06STATE12346", null], c.References.Select(r => r.ReferenceId));
        Assert.Equal(ReferenceKind.Email, c.References[^1].Kind);
        Assert.Equal("The Minister asked for help with boats arriving from Libya.", c.Summary);
    }

    [Fact]
    public void RemovesPageHeadersRejoinsParagraphsAndRecoversMangledNumbers()
    {
        var c = Reader.Read(OwnCables.RawTwoSectionFirst, "x.txt");
        Assert.Equal([1, 2, 3], c.Paragraphs.Select(p => p.Number));
        Assert.Equal(["C", "SBU", "C"], c.Paragraphs.Select(p => p.Marking));
        Assert.Contains("more than two thousand people landed.", c.Paragraphs[1].Text);
        Assert.DoesNotContain("002.2 OF 002", c.Body);
        Assert.DoesNotContain("NNNN", c.Body);
        Assert.Contains(c.Diagnostics, d => d.Code == "CHN0302");
    }

    [Fact]
    public void MergesSectionsOfOneMessageInAStream()
    {
        var cables = Reader.ReadAll(OwnCables.RawTwoSectionFirst + "\n" + OwnCables.RawTwoSectionSecond, "stream.txt");
        var c = Assert.Single(cables);
        Assert.Equal(new SectionInfo(2, [1, 2]), c.Sections);
        Assert.Equal([1, 2, 3, 6], c.Paragraphs.Select(p => p.Number));
        Assert.Equal("DOE", c.Signature);
        Assert.Equal(new CableSource("stream.txt", 0), c.Source);
    }

    [Fact]
    public void KeepsSectionsApartWhenAskedTo()
    {
        var reader = new CableReader(new CableReaderOptions { MergeSections = false });
        var cables = reader.ReadAll(OwnCables.RawTwoSectionFirst + "\n" + OwnCables.RawTwoSectionSecond);
        Assert.Equal(2, cables.Count);
        Assert.Equal([0, 1], cables.Select(c => c.Source!.Index));
    }

    [Fact]
    public void ReadsACablegateWebCopy()
    {
        var c = Reader.Read(OwnCables.WebCopy);
        Assert.Null(c.ReferenceId); // no DTG in the text: no year to build the id from
        Assert.Equal("REYKJAVIK", c.Origin);
        Assert.Equal(77, c.Serial);
        Assert.Equal(["SIPDIS", "SENSITIVE"], c.Captions);
        Assert.Equal(["ECON", "EFIN", "IC"], c.Tags);
        Assert.Equal("ICELAND: BANKS PREPARE FOR A COLD WINTER", c.Subject);
        Assert.Equal("REYKJAVIK 70", Assert.Single(c.References).Text);
        Assert.Equal([1, 2], c.Paragraphs.Select(p => p.Number));
        Assert.Equal("SMITH", c.Signature);
    }

    [Fact]
    public void StripsHtmlMarkupAndKeepsThePreBoxes()
    {
        var html = "<html><head><title>x</title><script>var a = '<pre>';</script></head><body><h1>Cable</h1><pre>"
            + System.Net.WebUtility.HtmlEncode(OwnCables.RawTwoSectionSecond.Replace("COMMENT", "<script>alert(1)</script> &"))
            + "</pre><div>footer</div></body></html>";
        var c = Reader.Read(html);
        Assert.Equal("07VALLETTA412", c.ReferenceId);
        Assert.Contains("<script>alert(1)</script> &", c.Paragraphs[0].Text);
        Assert.DoesNotContain("footer", c.Body);
    }

    [Fact]
    public void SkipsAnEmailWrapper()
    {
        var wrapped = "From: Someone [x@y]\nSent: Monday\nTo: Desk\nSubject: VALLETTA 412\n\nCONFIDENTIAL\n\n" + OwnCables.RawTwoSectionSecond;
        Assert.Equal("07VALLETTA412", Reader.Read(wrapped).ReferenceId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("NNNN\nNNNN")]
    [InlineData("\0\u0001\u0002 garbage <pre")]
    [InlineData("SUBJECT:\nREF:\nTAGS:\nE.O.\nClassified By:")]
    public void NeverThrowsAndAlwaysReturnsACable(string text)
    {
        var cables = Reader.ReadAll(text);
        Assert.NotEmpty(cables);
        Assert.DoesNotContain(cables.SelectMany(c => c.Diagnostics), d => d.Code == "CHN0001");
    }

    [Fact]
    public void ReportsAMissingClassificationLineWithItsPosition()
    {
        var c = Reader.Read("\n\nJust some words\nand more words");
        var d = Assert.Single(c.Diagnostics, d => d.Code == "CHN0201");
        Assert.Equal(3, d.Line);
    }
}

public class SectionMergeTests
{
    [Fact]
    public void ASectionThatArrivesTwiceCountsOnce()
    {
        var stream = OwnCables.RawTwoSectionFirst + "\n" + OwnCables.RawTwoSectionSecond + "\n" + OwnCables.RawTwoSectionSecond;
        var c = Assert.Single(new CableReader().ReadAll(stream));
        Assert.Equal([1, 2, 3, 6], c.Paragraphs.Select(p => p.Number));
        Assert.Equal(new SectionInfo(2, [1, 2]), c.Sections);
    }
}
