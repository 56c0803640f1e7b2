using Chancery.Cables.Reading;

namespace Chancery.Cables.Tests.Envelope;

public sealed class EnvelopeParserTests
{
    // The seed cable's heading, retyped.
    private const string SeedHeading = """
        VZCZCXRO1728
        PP RUEHDBU RUEHLN RUEHVK RUEHYG
        DE RUEHAST #0038/01 1140336
        ZNR UUUUU ZZH
        P 240336Z APR 06
        FM USOFFICE ASTANA
        TO RUEHC/SECSTATE WASHDC PRIORITY 0116
        INFO RUEHTA/AMEMBASSY ALMATY PRIORITY 0108
        RUCNCIS/CIS COLLECTIVE
        RUEHBUL/AMEMBASSY KABUL 0024
        RUEHVEN/USMISSION USOSCE 0048
        RUCPDO/DEPT OF COMMERCE WASHINGTON DC
        RUEHAST/USOFFICE ASTANA 0118

        UNCLAS SECTION 01 OF 02 ASTANA 000038
        """;

    [Fact]
    public void SeedHeadingYieldsTheWholeEnvelope()
    {
        var result = HeadingFixture.Parse(SeedHeading);

        var expected = SeedEnvelope.Transmission;
        Assert.Equal(expected, result.Envelope.Transmission);
        Assert.Equal(Precedence.Priority, result.Envelope.Precedence);
        Assert.Null(result.Envelope.InfoPrecedence);
        Assert.Equal(new DateTime(2006, 4, 24, 3, 36, 0, DateTimeKind.Utc), result.Envelope.Created);
        Assert.Equal(DateTimeKind.Utc, result.Envelope.Created!.Value.Kind);
        Assert.Equal(new Addressee(null, "USOFFICE ASTANA"), result.Envelope.From);
        Assert.Equal([new Addressee("RUEHC", "SECSTATE WASHDC", Precedence.Priority, false, 116)], result.Envelope.To);
        Assert.Equal(
            [
                new Addressee("RUEHTA", "AMEMBASSY ALMATY", Precedence.Priority, false, 108),
                new Addressee("RUCNCIS", "CIS COLLECTIVE"),
                new Addressee("RUEHBUL", "AMEMBASSY KABUL", null, false, 24),
                new Addressee("RUEHVEN", "USMISSION USOSCE", null, false, 48),
                new Addressee("RUCPDO", "DEPT OF COMMERCE WASHINGTON DC"),
                new Addressee("RUEHAST", "USOFFICE ASTANA", null, false, 118),
            ],
            result.Envelope.Info);
        Assert.Empty(result.Envelope.Exempted);
        Assert.Equal("UNCLAS SECTION 01 OF 02 ASTANA 000038", result.TextStart);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void BtEndsTheHeadingAndTheTextStartsOnTheNextLine()
    {
        var result = HeadingFixture.Parse("""
            VZCZCXYZ0004
            RR RUEHWEB
            DE RUEHKV #2210 2051430
            ZNY CCCCC ZZH
            R 241430Z JUL 07
            FM AMEMBASSY KYIV
            TO RUEHC/SECSTATE WASHDC 4410
            BT
            C O N F I D E N T I A L KYIV 002210
            """);

        Assert.Equal(8, result.Index);
        Assert.Equal(Classification.Confidential, result.Envelope.Transmission!.SecurityWarning);
        Assert.Null(result.Envelope.Transmission.Section);
        Assert.Equal(2210, result.Envelope.Transmission.StationSerial);
        Assert.Equal(Precedence.Routine, result.Envelope.Transmission.RoutingPrecedence);
    }

    [Fact]
    public void NiactImmediateIsAnImmediatePrecedenceWithTheNightActionFlag()
    {
        var result = HeadingFixture.Parse("""
            O 020130Z MAR 09
            FM SECSTATE WASHDC
            TO AMEMBASSY OSLO NIACT IMMEDIATE 0412
            AMEMBASSY SUVA IMMEDIATE

            S E C R E T STATE 020130
            """);

        Assert.Equal(
            [
                new Addressee(null, "AMEMBASSY OSLO", Precedence.Immediate, true, 412),
                new Addressee(null, "AMEMBASSY SUVA", Precedence.Immediate),
            ],
            result.Envelope.To);
        Assert.Equal("NIACT IMMEDIATE", result.Envelope.To[0].PrecedenceText);
        Assert.Null(result.Envelope.Transmission);
    }

    [Theory]
    [InlineData("O P 131528Z MAY 08", Precedence.Immediate, Precedence.Priority, 2008, 5, 13, 15)]
    [InlineData("P R 281848Z DEC 66", Precedence.Priority, Precedence.Routine, 1966, 12, 28, 18)]
    [InlineData("R 011500Z JAN 2006", Precedence.Routine, null, 2006, 1, 1, 15)]
    [InlineData("Z 121212Z NOV 99", Precedence.Flash, null, 1999, 11, 12, 12)]
    [InlineData("O 171959Z AUG 75 ZFF4", Precedence.Immediate, null, 1975, 8, 17, 19)]
    [InlineData("P 010000Z JAN 65", Precedence.Priority, null, 2065, 1, 1, 0)]
    public void PreambleGivesPrecedencesAndUtcCreated(string preamble, Precedence action, Precedence? info, int year, int month, int day, int hour)
    {
        var result = HeadingFixture.Parse(preamble + "\nFM AMEMBASSY QUITO\nTO SECSTATE WASHDC\nUNCLAS QUITO 000101");

        Assert.Equal(action, result.Envelope.Precedence);
        Assert.Equal(info, result.Envelope.InfoPrecedence);
        var created = Assert.IsType<DateTime>(result.Envelope.Created);
        Assert.Equal(new DateTime(year, month, day, hour, created.Minute, 0, DateTimeKind.Utc), created);
        Assert.Equal(DateTimeKind.Utc, created.Kind);
        Assert.Equal(3, result.Index);
    }

    [Fact]
    public void WrappedRoutingLineCollectsEveryIndicator()
    {
        var result = HeadingFixture.Parse("""
            VZCZCXRO0907
            OO RUEHBC RUEHDE RUEHDIR RUEHIHL RUEHKUK
            RUEHLH RUEHPW
            DE RUEHGB #0907/01 0731201
            ZNY SSSSS/BBBBB ZZH ZDK
            O 141201Z MAR 08
            FM AMEMBASSY BAGHDAD
            TO RUEHC/SECSTATE WASHDC IMMEDIATE 6120

            S E C R E T SECTION 01 OF 03 BAGHDAD 000907
            """);

        var t = result.Envelope.Transmission!;
        Assert.Equal(["RUEHBC", "RUEHDE", "RUEHDIR", "RUEHIHL", "RUEHKUK", "RUEHLH", "RUEHPW"], t.RoutingIndicators);
        Assert.Equal(Precedence.Immediate, t.RoutingPrecedence);
        Assert.Equal("ZNY SSSSS/BBBBB", t.SecurityWarningText);
        Assert.Equal(Classification.Secret, t.SecurityWarning);
        Assert.Equal(["ZZH", "ZDK"], t.OperatingSignals);
    }

    [Fact]
    public void XmtAddresseesGoToTheExemptedListAndInfoAfterThemToInfo()
    {
        var result = HeadingFixture.Parse("""
            R 090815Z SEP 08
            FM SECSTATE WASHDC
            TO RUEHZL/EUROPEAN POLITICAL COLLECTIVE
            ZEN/AMEMBASSY VALLETTA
            XMT AMEMBASSY REYKJAVIK
            AMCONSUL FLORENCE
            INFO RUEHNO/USMISSION USNATO 3310

            UNCLAS STATE 096120
            """);

        Assert.Equal([new Addressee("RUEHZL", "EUROPEAN POLITICAL COLLECTIVE"), new Addressee("ZEN", "AMEMBASSY VALLETTA")], result.Envelope.To);
        Assert.Equal([new Addressee(null, "AMEMBASSY REYKJAVIK"), new Addressee(null, "AMCONSUL FLORENCE")], result.Envelope.Exempted);
        Assert.Equal([new Addressee("RUEHNO", "USMISSION USNATO", null, false, 3310)], result.Envelope.Info);
    }

    [Fact]
    public void XmtWithASlashAndInfoXmtAreExemptions()
    {
        var result = HeadingFixture.Parse("""
            FM AMEMBASSY TALLINN
            TO RUEHXX/NORDIC BALTIC COLLECTIVE
            XMT/AMEMBASSY VILNIUS
            INFO XMT AMEMBASSY RIGA
            """);

        Assert.Equal([new Addressee(null, "AMEMBASSY VILNIUS"), new Addressee(null, "AMEMBASSY RIGA")], result.Envelope.Exempted);
        Assert.Empty(result.Envelope.Info);
        Assert.Contains(EnvelopeCodes.NoText, result.Codes);
    }

    [Fact]
    public void PartialExtractPrintoutKeepsOfficeDistributionOutOfTheAddressees()
    {
        var result = HeadingFixture.Parse("""
            This record is a partial extract of the original cable. The full text of the original cable is not available.

            141630Z Mar 01


                                       CONFIDENTIAL     PTQ4410

            PAGE 01        LUSAKA  01207  01 OF 02  141632Z
            ACTION AF-00

            INFO  LOG-00   NP-00    CIAE-00  DODE-00  DS-00    EB-00
                  INR-00   IO-00    L-00     NSAE-00    /008W
                              ------------------B31F20  141633Z /38
            FM AMEMBASSY LUSAKA
            TO SECSTATE WASHDC PRIORITY 2290
            INFO SADC COLLECTIVE
            AMEMBASSY HARARE

            Wednesday, 14 March 2001, 16:30
            C O N F I D E N T I A L SECTION 01 OF 02 LUSAKA 001207
            """);

        Assert.Equal(new DateTime(2001, 3, 14, 16, 30, 0, DateTimeKind.Utc), result.Envelope.Created);
        Assert.Null(result.Envelope.Precedence);
        Assert.Equal([new Addressee(null, "SECSTATE WASHDC", Precedence.Priority, false, 2290)], result.Envelope.To);
        Assert.Equal([new Addressee(null, "SADC COLLECTIVE"), new Addressee(null, "AMEMBASSY HARARE")], result.Envelope.Info);
        Assert.StartsWith("C O N F I D E N T I A L SECTION 01 OF 02", result.TextStart);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void BannerAndPageHeaderInsideALongAddressBlockAreSkipped()
    {
        var result = HeadingFixture.Parse("""
            O 041200Z JUN 76
            FM SECSTATE WASHDC
            TO AMEMBASSY LONDON IMMEDIATE
            INFO AMEMBASSY PARIS

                                      CONFIDENTIAL
            PAGE 02 STATE 137720 041201Z
            AMEMBASSY BONN

            C O N F I D E N T I A L STATE 137720
            """);

        Assert.Equal([new Addressee(null, "AMEMBASSY PARIS"), new Addressee(null, "AMEMBASSY BONN")], result.Envelope.Info);
        Assert.Equal("C O N F I D E N T I A L STATE 137720", result.TextStart);
        Assert.Equal(new DateTime(1976, 6, 4, 12, 0, 0, DateTimeKind.Utc), result.Envelope.Created);
    }

    [Fact]
    public void ClassificationLineFollowedByAStatePageHeaderIsStillTheText()
    {
        var result = HeadingFixture.Parse("FM AMEMBASSY ROME\nTO SECSTATE WASHDC\n\nCONFIDENTIAL\nROME 00000044 001.2 OF 002\n");

        Assert.Equal(3, result.Index);
    }

    [Fact]
    public void PageHeaderInsideTheAddressBlockIsDropped()
    {
        var result = HeadingFixture.Parse("""
            P 121530Z JUN 08
            FM SECSTATE WASHDC
            TO AMEMBASSY AMMAN IMMEDIATE
            INFO PAGE 02        STATE   061204  121533Z
            AMEMBASSY DAMASCUS PRIORITY

            S E C R E T STATE 061204
            """);

        Assert.Equal([new Addressee(null, "AMEMBASSY AMMAN", Precedence.Immediate)], result.Envelope.To);
        Assert.Equal([new Addressee(null, "AMEMBASSY DAMASCUS", Precedence.Priority)], result.Envelope.Info);
        var note = Assert.Single(result.Diagnostics);
        Assert.Equal((EnvelopeCodes.PageHeaderInAddress, 4, 6), (note.Code, note.Line, note.Column));
    }

    [Fact]
    public void WebCopyHeadingEndsAtTheBlankLineEvenWithoutAClassificationLine()
    {
        var result = HeadingFixture.Parse("""
            R 301200Z NOV 09
            FM AMEMBASSY LIMA
            TO SECSTATE WASHDC 1180

            SIPDIS
            """);

        Assert.Equal("SIPDIS", result.TextStart);
        Assert.Equal([new Addressee(null, "SECSTATE WASHDC", null, false, 1180)], result.Envelope.To);
    }

    [Fact]
    public void AnRiPrefixedAddresseeAfterAStrayBlankLineStaysInTheBlock()
    {
        var result = HeadingFixture.Parse("""
            FM AMEMBASSY LIMA
            TO RUEHC/SECSTATE WASHDC 1180
            INFO RUEHBO/AMEMBASSY BOGOTA 0311

            RUEHQT/AMEMBASSY QUITO 0290

            UNCLAS LIMA 001180
            """);

        Assert.Equal(2, result.Envelope.Info.Count);
        Assert.Equal("UNCLAS LIMA 001180", result.TextStart);
    }

    [Fact]
    public void GarbageLinesBecomeDiagnosticsAndParsingGoesOn()
    {
        var result = HeadingFixture.Parse("""
            VZCZCXRO5512
            PP RUEHXX
            DE RUEHTV #5512/01 ##9Q
            %%% QX-17 ???
            ZNY CCCCC ZZH
            P 301445Z FEB 07
            FM AMEMBASSY TEL AVIV
            TO RUEHC/SECSTATE WASHDC PRIORITY 0044

            C O N F I D E N T I A L TEL AVIV 005512
            """);

        Assert.Equal(
            [(EnvelopeCodes.DeUnreadableGroup, 3, 20), (EnvelopeCodes.UnknownLine, 4, 1), (EnvelopeCodes.DtgOutOfRange, 6, 3)],
            result.Diagnostics.Select(d => (d.Code, d.Line, d.Column)));
        Assert.Null(result.Envelope.Created);
        Assert.Equal(Precedence.Priority, result.Envelope.Precedence);
        Assert.Equal(Classification.Confidential, result.Envelope.Transmission!.SecurityWarning);
        Assert.Single(result.Envelope.To);
        Assert.Equal(9, result.Index);
    }

    [Fact]
    public void IncompleteDtgIsReportedAndGivesNoCreated()
    {
        var result = HeadingFixture.Parse("R 101200Z\nFM AMEMBASSY ROME\nTO SECSTATE WASHDC\n\nUNCLAS ROME 000012");

        Assert.Null(result.Envelope.Created);
        Assert.Equal(Precedence.Routine, result.Envelope.Precedence);
        Assert.Contains(EnvelopeCodes.DtgIncomplete, result.Codes);
    }

    [Fact]
    public void WrapperLinesBeforeTheHeadingAreSkippedWithAWarning()
    {
        var result = HeadingFixture.Parse("""
            Sent: Monday, March 02, 2009 10:15 AM
            Subject: ROME 00000212 ROUTINE

            VZCZCXRO0212
            RR RUEHWEB
            DE RUEHRO #0212 0611015
            ZNR UUUUU ZZH
            R 021015Z MAR 09
            FM AMEMBASSY ROME
            TO RUEHC/SECSTATE WASHDC 1702

            UNCLAS ROME 000212
            """);

        Assert.Equal(new DateTime(2009, 3, 2, 10, 15, 0, DateTimeKind.Utc), result.Envelope.Created);
        Assert.Equal([(EnvelopeCodes.LinesBeforeHeading, 1)], result.Diagnostics.Select(d => (d.Code, d.Line)));
        Assert.Equal("UNCLAS ROME 000212", result.TextStart);
    }

    [Fact]
    public void PilotLinesAndTheYankeeRoutingPrecedenceAreUnderstood()
    {
        var result = HeadingFixture.Parse("""
            VZCZCBSO311
            ZOV RUEHC
            YY RUEHC RUEKJCS
            DE RUEHBS #0311 02/0009Z
            ZNY SSSSS ZZH
            Z 020009Z MAY 07
            FM USEU BRUSSELS
            TO RUEHC/SECSTATE WASHDC FLASH 0311

            S E C R E T BRUSSELS 000311
            """);

        var t = result.Envelope.Transmission!;
        Assert.Equal(("BSO311", "BSO", 311), (t.TransmissionId, t.Channel, t.ChannelSerial));
        Assert.Null(t.RoutingPrecedence);
        Assert.Equal(["RUEHC", "RUEKJCS"], t.RoutingIndicators);
        Assert.Equal(311, t.StationSerial);
        Assert.Null(t.FilingTime);
        Assert.Equal(Precedence.Flash, result.Envelope.Precedence);
        Assert.Equal([(EnvelopeCodes.YankeePrecedence, 3)], result.Diagnostics.Select(d => (d.Code, d.Line)));
    }

    [Fact]
    public void ReaddressedMessageKeepsTheFirstPreambleAndSaysSo()
    {
        var result = HeadingFixture.Parse("""
            R 150900Z OCT 08
            R 142200Z OCT 08
            FM AMEMBASSY ACCRA
            TO SECSTATE WASHDC

            UNCLAS ACCRA 000950
            """);

        Assert.Equal(new DateTime(2008, 10, 15, 9, 0, 0, DateTimeKind.Utc), result.Envelope.Created);
        Assert.Equal([(EnvelopeCodes.SecondPreamble, 2)], result.Diagnostics.Select(d => (d.Code, d.Line)));
    }

    [Fact]
    public void LinesOutOfOrderAndAnEmptyOriginatorAreReported()
    {
        var result = HeadingFixture.Parse("""
            P 010900Z JUL 08
            DE RUEHAM #1200 1830900
            FM
            TO SECSTATE WASHDC

            UNCLAS AMMAN 001200
            """);

        Assert.Equal(
            [(EnvelopeCodes.OutOfOrder, 2), (EnvelopeCodes.EmptyAddress, 3)],
            result.Diagnostics.Select(d => (d.Code, d.Line)));
        Assert.Null(result.Envelope.From);
        Assert.Equal("RUEHAM", result.Envelope.Transmission!.OriginatingStation);
    }

    [Fact]
    public void EmptyInputGivesNoEnvelope()
    {
        var diagnostics = new DiagnosticBag();
        var index = 0;
        Assert.Same(Reading.Envelope.None, EnvelopeParser.Parse([], ref index, diagnostics));
        Assert.Equal(0, index);
        Assert.Empty(diagnostics.Items);
    }

    [Theory]
    [InlineData("UNCLAS SECTION 01 OF 02 ROME 000044\nSIPDIS")]
    [InlineData("The ambassador met the minister on Tuesday.\nFM the embassy's point of view")]
    [InlineData("\n\n")]
    public void TextWithoutHeadingLeavesTheIndexUnchanged(string text)
    {
        var result = HeadingFixture.Parse(text);

        Assert.Same(Reading.Envelope.None, result.Envelope);
        Assert.Equal(0, result.Index);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void ParsingStartsAtTheGivenIndex()
    {
        var result = HeadingFixture.Parse("NNNN\nR 010101Z JAN 10\nFM AMEMBASSY OSLO\nTO SECSTATE WASHDC\nUNCLAS OSLO 000001", start: 1);

        Assert.Equal(4, result.Index);
        Assert.Equal(new Addressee(null, "AMEMBASSY OSLO"), result.Envelope.From);
    }

    [Fact]
    public void RandomHeadingLikeInputNeverThrowsAndNeverHitsTheSafetyNet()
    {
        string[] pieces =
        [
            "VZCZC", "VZCZCXRO12", "VV", "PP", "OO", "RUEHC", "RUEHC/", "DE", "#", "#0012/", "/01", "1140336", "ZNR", "ZNY",
            "UUUUU", "SSSSS/", "ZZH", "(", "P", "O", "R", "Z", "Y", "240336Z", "APR", "FEB", "06", "2006", "FM", "TO", "INFO",
            "XMT", "XMT/", "NIACT", "IMMEDIATE", "PRIORITY", "0116", "12-", "-", "PAGE", "02", "STATE", "00000012", "001.2",
            "OF", "002", "ACTION", "LOG-00", "/012W", "-----", "BT", "UNCLAS", "C O N", "SECRET", "This record is a partial extract",
            "Wednesday,", "29", "November", "2000,", "13:59", "id:", "¶", "", " ", "  ", "/", "//", "\t",
        ];
        var random = new Random(20261128);
        for (var run = 0; run < 3000; run++)
        {
            var lineCount = random.Next(0, 12);
            var lines = new List<SourceLine>();
            for (var n = 1; n <= lineCount; n++)
            {
                var words = Enumerable.Range(0, random.Next(0, 7)).Select(_ => pieces[random.Next(pieces.Length)]);
                lines.Add(new SourceLine(n, 1, string.Join(random.Next(3) == 0 ? "" : " ", words).TrimEnd()));
            }
            var diagnostics = new DiagnosticBag();
            var start = lineCount == 0 ? 0 : random.Next(lineCount);
            var index = start;
            EnvelopeParser.Parse(lines, ref index, diagnostics);
            Assert.InRange(index, start, Math.Max(start, lineCount));
            Assert.DoesNotContain(diagnostics.Items, d => d.Code == EnvelopeCodes.InternalError);
        }
    }
}
