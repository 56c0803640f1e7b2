using Chancery.Cables;

namespace Chancery.Cli.Tests;

/// <summary>Cables and texts written for these tests (not corpus text).</summary>
internal static class Fixtures
{
    /// <summary>A short raw transmission in the style of a 2000s embassy cable.</summary>
    public const string RawCable = """
        VZCZCXYZ0001
        RR RUEHC
        DE RUEHRK #0101 0321200
        ZNR UUUUU ZZH
        R 011200Z FEB 07
        FM AMEMBASSY REYKJAVIK
        TO RUEHC/SECSTATE WASHDC 0101
        BT
        UNCLAS REYKJAVIK 000101

        E.O. 12958: N/A
        TAGS: PREL IC
        SUBJECT: ICELAND: TEST CABLE FOR THE CLI

        1. THIS IS A TEST CABLE WRITTEN FOR THE CLI TESTS.
        BT
        #0101
        NNNN
        """;

    /// <summary>A cable with every property of the contract set, including awkward values.</summary>
    public static Cable Full() => new()
    {
        Source = new CableSource("in/cables.txt", 3),
        ReferenceId = "06ASTANA38",
        Origin = "ASTANA",
        Serial = 38,
        Created = new DateTime(2006, 4, 24, 3, 36, 0, DateTimeKind.Utc),
        Precedence = Precedence.Priority,
        InfoPrecedence = Precedence.Routine,
        Classification = Classification.LimitedOfficialUse,
        Captions = ["SIPDIS", "SENSITIVE"],
        Sections = new SectionInfo(2, [1, 2]),
        Transmission = new Transmission
        {
            TransmissionId = "XRO1728",
            Channel = "XRO",
            ChannelSerial = 1728,
            RoutingPrecedence = Precedence.Priority,
            RoutingIndicators = ["RUEHDBU", "RUEHLN"],
            OriginatingStation = "RUEHAST",
            StationSerial = 38,
            Section = 1,
            FilingTime = new FilingTime(114, 3, 36),
            SecurityWarning = Classification.Unclassified,
            SecurityWarningText = "ZNR UUUUU",
            OperatingSignals = ["ZZH"],
        },
        From = new Addressee(null, "USOFFICE ASTANA"),
        To = [new Addressee("RUEHC", "SECSTATE WASHDC", Precedence.Immediate, Niact: true, Sequence: 116)],
        Info = [new Addressee("RUEHTA", "AMEMBASSY ALMATY", Precedence.Priority, Sequence: 108), new Addressee("RUCNCIS", "CIS COLLECTIVE")],
        Exempted = [new Addressee(null, "AMEMBASSY KABUL")],
        ForLines = ["USDOC FOR DAS STEWART"],
        ExecutiveOrder = new ExecutiveOrder("12958", "2033-04-16"),
        ClassifiedBy = new ClassifiedBy("POL COUNSELOR J. DOE", ["1.4(b)", "1.4(d)"]),
        Tags = ["EFIN", "OVIP (KISSINGER, HENRY A.)"],
        Subject = "KAZAKHSTAN: \"QUOTED\" ¶ SUBJECT <B>",
        SubjectMarking = "SBU",
        References = [new Reference("A", "ALMATY 1450", ReferenceKind.Cable, "06ALMATY1450"), new Reference("B", "EMAIL OF 3 MAY", ReferenceKind.Email, null)],
        Summary = "A summary.",
        Paragraphs = [new Paragraph(1, "SBU", "First.\nSecond line."), new Paragraph(null, null, "Unnumbered.")],
        Signature = "TRACY",
        Body = "Body text\twith a tab and a \\ backslash.",
        Diagnostics = [new Diagnostic(Severity.Warning, "CHN0042", 12, 1, "Something odd.")],
    };
}
