namespace Chancery.Cables.Tests.Writing;

/// <summary>The writer on cables built in code, with the exact text expected.</summary>
public class CableWriterTests
{
    private static readonly CableWriter Writer = new();

    /// <summary>The envelope and text header of 06ASTANA38 (the seed), retyped; the paragraphs are ours.</summary>
    internal static Cable Seed() => new()
    {
        ReferenceId = "06ASTANA38",
        Origin = "ASTANA",
        Serial = 38,
        Created = new DateTime(2006, 4, 24, 3, 36, 0, DateTimeKind.Utc),
        Precedence = Precedence.Priority,
        Classification = Classification.Unclassified,
        Captions = ["SIPDIS", "SENSITIVE"],
        Transmission = SeedEnvelope.Transmission,
        From = new Addressee(null, "USOFFICE ASTANA"),
        To = [new Addressee("RUEHC", "SECSTATE WASHDC", Precedence.Priority, Sequence: 116)],
        Info =
        [
            new Addressee("RUEHTA", "AMEMBASSY ALMATY", Precedence.Priority, Sequence: 108),
            new Addressee("RUCNCIS", "CIS COLLECTIVE"),
            new Addressee("RUEHBUL", "AMEMBASSY KABUL", Sequence: 24),
        ],
        ForLines = ["USDOC FOR DAS STEWART, CENTRAL ASIA DESK OFFICER DSTARKS"],
        ExecutiveOrder = new ExecutiveOrder("12958", "N/A"),
        Tags = ["EFIN", "KCRM", "KDEM", "PGOV", "PREL", "SMIG", "KZ"],
        Subject = "KAZAKHSTAN: AMBASSADOR DISCUSSES AIG AND TIP WITH JUSTICE MINISTER",
        References =
        [
            new Reference("A", "ALMATY 1450", ReferenceKind.Cable, "06ALMATY1450"),
            new Reference("B", "ASTANA 33", ReferenceKind.Cable, "06ASTANA33"),
            new Reference("C", "ASTANA 5", ReferenceKind.Cable, "06ASTANA5"),
        ],
        Paragraphs =
        [
            new Paragraph(1, "SBU", "SUMMARY: THE AMBASSADOR CALLED ON THE MINISTER OF JUSTICE ON APRIL 18. END SUMMARY."),
            new Paragraph(2, "SBU", "THE MINISTER SAID THE SETTLEMENT WAS SIGNED THAT AFTERNOON AND THAT THE MINISTRY OF FINANCE WOULD PAY WITHOUT DELAY."),
        ],
        Signature = "TRACY",
    };

    [Fact]
    public void SeedCableIsWrittenAsACanonicalTransmission()
    {
        const string expected = """
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
            BT
            UNCLAS ASTANA 000038
            SIPDIS
            SENSITIVE
            USDOC FOR DAS STEWART, CENTRAL ASIA DESK OFFICER DSTARKS
            E.O. 12958: N/A
            TAGS: EFIN KCRM KDEM PGOV PREL SMIG KZ
            SUBJECT: KAZAKHSTAN: AMBASSADOR DISCUSSES AIG AND TIP WITH JUSTICE
            MINISTER
            REF: A) ALMATY 1450, B) ASTANA 33, C) ASTANA 5

            1. (SBU) SUMMARY: THE AMBASSADOR CALLED ON THE MINISTER OF JUSTICE ON
            APRIL 18. END SUMMARY.

            2. (SBU) THE MINISTER SAID THE SETTLEMENT WAS SIGNED THAT AFTERNOON
            AND THAT THE MINISTRY OF FINANCE WOULD PAY WITHOUT DELAY.

            TRACY
            BT
            #0038
            NNNN

            """;
        Assert.Equal(expected, Writer.Write(Seed()));
    }

    [Fact]
    public void TextWriterOverloadWritesTheSameText()
    {
        using var output = new StringWriter();
        Writer.Write(Seed(), output);
        Assert.Equal(Writer.Write(Seed()), output.ToString());
    }

    [Fact]
    public void ClassifiedCableHasLetterSpacedLevelWarningDeclassificationAndReasons()
    {
        var cable = Seed() with
        {
            Classification = Classification.Confidential,
            Transmission = Seed().Transmission! with { SecurityWarning = Classification.Confidential },
            ExecutiveOrder = new ExecutiveOrder("12958", "2033-04-16"),
            ClassifiedBy = new ClassifiedBy("AMBASSADOR JOHN ORDWAY", ["1.4(b)", "1.4(d)"]),
            SubjectMarking = "C",
        };
        var lines = WriterAssert.Lines(Writer.Write(cable));
        Assert.Contains("ZNY CCCCC ZZH", lines);
        Assert.Contains("C O N F I D E N T I A L ASTANA 000038", lines);
        Assert.Contains("E.O. 12958: DECL: 04/16/2033", lines);
        Assert.Contains("CLASSIFIED BY: AMBASSADOR JOHN ORDWAY, REASONS 1.4 (B) AND (D)", lines);
        Assert.Contains("SUBJECT: (C) KAZAKHSTAN: AMBASSADOR DISCUSSES AIG AND TIP WITH", lines);
    }

    [Theory]
    [InlineData(Classification.Secret, "S E C R E T ASTANA 000038", "ZNY SSSSS ZZH")]
    [InlineData(Classification.TopSecret, "T O P S E C R E T ASTANA 000038", "ZNY TTTTT ZZH")]
    [InlineData(Classification.LimitedOfficialUse, "LIMITED OFFICIAL USE ASTANA 000038", "ZNR UUUUU ZZH")]
    public void EachLevelHasItsClassificationLineAndSecurityWarning(Classification level, string classificationLine, string warning)
    {
        var cable = Seed() with { Classification = level, Transmission = Seed().Transmission! with { SecurityWarning = level } };
        var lines = WriterAssert.Lines(Writer.Write(cable));
        Assert.Contains(classificationLine, lines);
        Assert.Contains(warning, lines);
    }

    [Fact]
    public void SingleReasonIsWrittenInTheSingular()
    {
        var line = Writer.Write(Seed() with { ClassifiedBy = new ClassifiedBy("DCM JANE DOE", ["1.4(d)"]) });
        Assert.Contains("\nCLASSIFIED BY: DCM JANE DOE, REASON 1.4 (D)\n", line);
    }

    [Fact]
    public void FlashCableHasZzRoutingAndZPreamble()
    {
        var cable = Seed() with
        {
            Precedence = Precedence.Flash,
            Transmission = Seed().Transmission! with { RoutingPrecedence = Precedence.Flash },
            To = [new Addressee("RUEHC", "SECSTATE WASHDC", Precedence.Flash, Sequence: 117)],
        };
        var lines = WriterAssert.Lines(Writer.Write(cable));
        Assert.Equal("ZZ RUEHDBU RUEHLN RUEHVK RUEHYG", lines[1]);
        Assert.Equal("Z 240336Z APR 06", lines[4]);
        Assert.Equal("TO RUEHC/SECSTATE WASHDC FLASH 0117", lines[6]);
    }

    [Fact]
    public void DualPrecedenceWritesBothProsignsAndRoutesOnTheHigher()
    {
        var cable = Seed() with
        {
            Precedence = Precedence.Immediate,
            InfoPrecedence = Precedence.Priority,
            Transmission = Seed().Transmission! with { RoutingPrecedence = null },
        };
        var lines = WriterAssert.Lines(Writer.Write(cable));
        Assert.Equal("OO RUEHDBU RUEHLN RUEHVK RUEHYG", lines[1]);
        Assert.Equal("O P 240336Z APR 06", lines[4]);
    }

    [Fact]
    public void NiactImmediateAddresseeIsWrittenInFull()
    {
        var cable = Seed() with { To = [new Addressee("RUEHC", "SECSTATE WASHDC", Precedence.Immediate, Niact: true, Sequence: 5)] };
        Assert.Contains("\nTO RUEHC/SECSTATE WASHDC NIACT IMMEDIATE 0005\n", Writer.Write(cable));
    }

    [Fact]
    public void ExemptedAddresseesFollowInfo()
    {
        var cable = Seed() with { Exempted = [new Addressee(null, "AMCONSUL JOHANNESBURG")] };
        var lines = WriterAssert.Lines(Writer.Write(cable));
        Assert.Equal(lines.IndexOf("RUEHBUL/AMEMBASSY KABUL 0024") + 1, lines.IndexOf("XMT AMCONSUL JOHANNESBURG"));
    }

    [Fact]
    public void TextIsTransliteratedToIta2()
    {
        var cable = Seed() with
        {
            Subject = "Café talks: 50% agree; \"toast\" & naïve — Zoë's ¶ report!",
            Paragraphs = [new Paragraph(3, "sbu", "Costs rose to $5 [est.] in Łódź/Kraków; see §4.")],
        };
        var text = Writer.Write(cable);
        WriterAssert.LinesFitAndAreSafe(text);
        Assert.Contains("\nSUBJECT: CAFE TALKS: 50 PERCENT AGREE, QUOTE TOAST UNQUOTE AND NAIVE\n- ZOE'S REPORT.\n", text);
        Assert.Contains("\n3. (SBU) COSTS ROSE TO USD 5 (EST.) IN LODZ/KRAKOW, SEE SECTION 4.\n", text);
    }

    [Fact]
    public void WordLongerThanALineIsCutIntoFullLines()
    {
        var word = string.Concat(Enumerable.Repeat("ABCDEFGHIJ", 16));
        var cable = Seed() with { Paragraphs = [new Paragraph(1, "SBU", "SEE " + word + " NOW.")] };
        var text = Writer.Write(cable);
        WriterAssert.LinesFitAndAreSafe(text);
        Assert.Contains($"\n1. (SBU) SEE\n{word[..69]}\n{word[69..138]}\n{word[138..]} NOW.\n", text);
    }

    [Fact]
    public void ContinuationLineNeverStartsWithWhatLooksLikeAParagraphNumber()
    {
        var cable = Seed() with { Paragraphs = [new Paragraph(3, "U", "COSTS ROSE TO FIVE DOLLARS IN THE CAPITAL, SEE ANNEX TABLE NO 2. THEN STOP.")] };
        var text = Writer.Write(cable);
        Assert.Contains("\n3. (U) COSTS ROSE TO FIVE DOLLARS IN THE CAPITAL, SEE ANNEX TABLE\nNO 2. THEN STOP.\n", text);
    }

    [Fact]
    public void LongRoutingLineWrapsWithinSixtyNineColumns()
    {
        var indicators = Enumerable.Range(0, 20).Select(i => $"RUEH{(char)('A' + i)}{(char)('A' + i)}").ToArray();
        var cable = Seed() with { Transmission = Seed().Transmission! with { RoutingIndicators = [.. indicators] } };
        var lines = WriterAssert.Lines(Writer.Write(cable));
        Assert.StartsWith("PP RUEHAA RUEHBB", lines[1]);
        var routing = lines[1..lines.FindIndex(l => l.StartsWith("DE ", StringComparison.Ordinal))];
        Assert.Equal(3, routing.Count);
        Assert.Equal(indicators, string.Join(' ', routing)[3..].Split(' '));
        Assert.All(lines, l => Assert.True(l.Length <= 69));
    }

    [Fact]
    public void MultiSectionCableIsSplitIntoTransmissionsWithPageHeaders()
    {
        var paragraphs = Enumerable.Range(1, 40)
            .Select(i => new Paragraph(i, "SBU", string.Join(' ', Enumerable.Repeat($"PARAGRAPH {i} SENTENCE WORDS FOR THE SECTION SPLITTER.", 6))))
            .ToArray();
        var text = Writer.Write(Seed() with { Paragraphs = [.. paragraphs] });
        WriterAssert.LinesFitAndAreSafe(text);
        var sections = WriterAssert.Transmissions(text);

        Assert.Equal(4, sections.Count);
        for (var i = 0; i < sections.Count; i++)
        {
            var number = i + 1;
            Assert.Equal("VZCZCXRO1728", sections[i][0]);
            Assert.Equal($"DE RUEHAST #0038/{number:D2} 1140336", sections[i][2]);
            Assert.Equal("P 240336Z APR 06", sections[i][4]);
            var textLines = WriterAssert.TextLines(sections[i]);
            Assert.Equal($"UNCLAS SECTION {number:D2} OF 04 ASTANA 000038", textLines[0]);
            var pages = WriterAssert.Pages(textLines, "ASTANA");
            Assert.InRange(pages.Count, 1, 5);
            Assert.All(pages, p => Assert.InRange(p.Count, 1, 20));
            if (i > 0) Assert.True(System.Text.RegularExpressions.Regex.IsMatch(textLines[1], @"^(\d+\. \(SBU\) PARAGRAPH|TRACY$)"), $"section {number} starts with: {textLines[1]}");
            Assert.Equal(["BT", "#0038", "NNNN"], sections[i][^3..]);
        }
        var firstText = WriterAssert.TextLines(sections[0]);
        var firstHeader = firstText.FindIndex(l => WriterAssert.IsPageHeader(l, "ASTANA"));
        Assert.InRange(firstHeader, 20 - 3, 20);
        Assert.Equal("ASTANA 00000038 002.2 OF 005", firstText[firstHeader]);
        Assert.NotEqual("", firstText[firstHeader - 1]);
        Assert.NotEqual("", firstText[firstHeader + 1]);
        Assert.Single(sections, s => s.Contains("SUBJECT: KAZAKHSTAN: AMBASSADOR DISCUSSES AIG AND TIP WITH JUSTICE"));
        Assert.Equal("TRACY", WriterAssert.TextLines(sections[^1])[^1]);
    }

    [Fact]
    public void LongCableWithoutEnvelopeIsPagedButNotSplit()
    {
        var paragraphs = Enumerable.Range(1, 40)
            .Select(i => new Paragraph(i, "SBU", string.Join(' ', Enumerable.Repeat($"PARAGRAPH {i} SENTENCE WORDS FOR THE SECTION SPLITTER.", 6))))
            .ToArray();
        var lines = WriterAssert.Lines(Writer.Write(Seed() with { Transmission = null, Paragraphs = [.. paragraphs] }));
        Assert.Equal("P 240336Z APR 06", lines[0]);
        Assert.Single(lines, l => l == "NNNN");
        Assert.Equal("UNCLAS ASTANA 000038", lines[lines.IndexOf("BT") + 1]);
        Assert.Contains(lines, l => l.StartsWith("ASTANA 00000038 010.2 OF ", StringComparison.Ordinal));
    }

    [Fact]
    public void ReferenceEntryNamingTwoSerialsIsWrittenOnce()
    {
        var cable = Seed() with
        {
            References =
            [
                new Reference("A", "STATE 12 AND 13", ReferenceKind.Cable, "06STATE12"),
                new Reference("A", "STATE 12 AND 13", ReferenceKind.Cable, "06STATE13"),
                new Reference("B", "ALMATY 1450", ReferenceKind.Cable, "06ALMATY1450"),
            ],
        };
        Assert.Contains("\nREF: A) STATE 12 AND 13, B) ALMATY 1450\n", Writer.Write(cable));
    }

    [Fact]
    public void DecorativeRulesAreDroppedFromParagraphText()
    {
        var cable = Seed() with { Paragraphs = [new Paragraph(1, "U", "KEY THEMES ---------- ======= THE TALKS -- AS EXPECTED.")] };
        Assert.Contains("\n1. (U) KEY THEMES THE TALKS -- AS EXPECTED.\n", Writer.Write(cable));
    }

    [Fact]
    public void BodyIsWrittenWhenThereAreNoParagraphs()
    {
        var cable = Seed() with
        {
            Paragraphs = [],
            Body = "Thank you for your message.\n\n\n   The Embassy   agrees.   \n\nTRACY\n",
        };
        var text = Writer.Write(cable);
        Assert.Contains("\nREF: A) ALMATY 1450, B) ASTANA 33, C) ASTANA 5\n\nTHANK YOU FOR YOUR MESSAGE.\n\nTHE EMBASSY AGREES.\n\nTRACY\nBT\n", text);
    }

    [Fact]
    public void SummaryMissingFromTheTextIsWrittenBeforeTheParagraphs()
    {
        var cable = Seed() with { Summary = "Talks went well.", Paragraphs = [new Paragraph(1, "U", "DETAILS FOLLOW.")] };
        Assert.Contains("\n\nSUMMARY: TALKS WENT WELL. END SUMMARY.\n\n1. (U) DETAILS FOLLOW.\n", Writer.Write(cable));
        Assert.DoesNotContain("SUMMARY: SUMMARY", Writer.Write(Seed() with { Summary = "THE AMBASSADOR CALLED ON THE MINISTER OF JUSTICE ON APRIL 18." }));
    }

    [Fact]
    public void TransmissionControlSequencesInTextAreBroken()
    {
        var cable = Seed() with { Paragraphs = [new Paragraph(1, "U", "NNNN ZCZC"), new Paragraph(null, null, "BT")] };
        var lines = WriterAssert.Lines(Writer.Write(cable));
        Assert.Contains("1. (U) N N N N Z C Z C", lines);
        Assert.Contains("BT.", lines);
        Assert.Equal(2, lines.Count(l => l == "BT"));
        Assert.Single(lines, l => l == "NNNN");
    }

    [Fact]
    public void EmptyCableIsAnEmptyTextBetweenSeparators() =>
        Assert.Equal("BT\nBT\nNNNN\n", Writer.Write(new Cable()));

    [Fact]
    public void NullListsAndUndefinedValuesAreSkipped()
    {
        var cable = new Cable
        {
            Captions = null!,
            To = null!,
            Info = [null!, new Addressee(null, null!, (Precedence)42, true, -3)],
            Paragraphs = [null!],
            References = null!,
            Precedence = (Precedence)9,
            Classification = (Classification)(-1),
            Transmission = new Transmission { RoutingIndicators = null!, OperatingSignals = null!, SecurityWarning = (Classification)8, FilingTime = new FilingTime(400, 25, 61) },
            ClassifiedBy = new ClassifiedBy(null!, null!),
            ExecutiveOrder = new ExecutiveOrder(null, null),
        };
        var text = Writer.Write(cable);
        WriterAssert.LinesFitAndAreSafe(text);
        Assert.Equal("VZCZC\nBT\nBT\nNNNN\n", text);
    }

    [Fact]
    public void ReferenceIdSuppliesOriginAndSerialWhenTheyAreMissing()
    {
        var text = Writer.Write(new Cable { ReferenceId = "09NEWDELHI1234", Classification = Classification.Secret });
        Assert.Contains("\nS E C R E T NEWDELHI 001234\n", text);
    }
}
