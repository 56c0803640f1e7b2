namespace Chancery.Cables.Tests.Rules;

/// <summary>
/// A cable written for these tests (not from any corpus) that passes every rule, as text and as the model the
/// reader would make of it. Each rule test changes one thing with <c>with</c>.
/// </summary>
internal static class CleanCable
{
    public const string Text = """
        VZCZCXRO0412
        PP RUEHC
        DE RUEHAST #0412/01 1140336
        ZNY CCCCC ZZH
        P 240336Z APR 06
        FM USOFFICE ASTANA
        TO RUEHC/SECSTATE WASHDC PRIORITY 0120
        INFO RUEHTA/AMEMBASSY ALMATY 0110

        C O N F I D E N T I A L SECTION 01 OF 01 ASTANA 000412

        SIPDIS

        E.O. 12958: DECL: 04/20/2016
        TAGS: PREL ECON KZ
        SUBJECT: KAZAKHSTAN: GRAIN EXPORT TALKS AT THE MINISTRY

        Classified By: Ambassador A. Example, Reasons 1.4 (b) and (d)

        1. (C) Ministry officials said the grain quota would rise
        next month.

        2. (U) Embassy will report further.
        EXAMPLE
        """;

    public static Cable Model { get; } = new()
    {
        ReferenceId = "06ASTANA412",
        Origin = "ASTANA",
        Serial = 412,
        Created = new DateTime(2006, 4, 24, 3, 36, 0, DateTimeKind.Utc),
        Precedence = Precedence.Priority,
        Classification = Classification.Confidential,
        Captions = ["SIPDIS"],
        Sections = new SectionInfo(1, [1]),
        Transmission = new Transmission
        {
            TransmissionId = "XRO0412",
            Channel = "XRO",
            ChannelSerial = 412,
            RoutingPrecedence = Precedence.Priority,
            RoutingIndicators = ["RUEHC"],
            OriginatingStation = "RUEHAST",
            StationSerial = 412,
            Section = 1,
            FilingTime = new FilingTime(114, 3, 36),
            SecurityWarning = Classification.Confidential,
            SecurityWarningText = "ZNY CCCCC",
            OperatingSignals = ["ZZH"],
        },
        From = new Addressee(null, "USOFFICE ASTANA"),
        To = [new Addressee("RUEHC", "SECSTATE WASHDC", Precedence.Priority, Sequence: 120)],
        Info = [new Addressee("RUEHTA", "AMEMBASSY ALMATY", Sequence: 110)],
        ExecutiveOrder = new ExecutiveOrder("12958", "2016-04-20"),
        ClassifiedBy = new ClassifiedBy("Ambassador A. Example", ["1.4(b)", "1.4(d)"]),
        Tags = ["PREL", "ECON", "KZ"],
        Subject = "KAZAKHSTAN: GRAIN EXPORT TALKS AT THE MINISTRY",
        Paragraphs =
        [
            new Paragraph(1, "C", "Ministry officials said the grain quota would rise next month."),
            new Paragraph(2, "U", "Embassy will report further."),
        ],
        Signature = "EXAMPLE",
        Body = "1. (C) Ministry officials said the grain quota would rise\nnext month.\n\n2. (U) Embassy will report further.\nEXAMPLE",
    };

    /// <summary>The findings of one rule on <paramref name="cable"/>.</summary>
    public static IReadOnlyList<Diagnostic> FindingsOf(string code, Cable cable, string? text = null) =>
        [.. CableRules.Check(cable, text).Where(d => d.Code == code)];

    /// <summary>The clean text with one line replaced.</summary>
    public static string TextWith(string line, string replacement)
    {
        Assert.Contains(line, Text);
        return Text.Replace(line, replacement, StringComparison.Ordinal);
    }
}
