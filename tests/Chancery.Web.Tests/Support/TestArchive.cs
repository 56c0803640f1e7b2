using Microsoft.Extensions.Time.Testing;
using Chancery.Archive;
using Chancery.Cables;

namespace Chancery.Web.Tests.Support;

/// <summary>
/// A small archive of cables written for these tests (none is a corpus cable): a reference chain
/// 08ALMATY100 ← 08ASTANA200 ← 08ASTANA210 ← 08STATE300, a cable with two versions (08ASTANA210), a hostile
/// cable whose text holds markup and bidi controls (09ASTANA666), and filler cables for paging.
/// </summary>
public static class TestArchive
{
    public const string Hostile = "09ASTANA666";
    public const string TwoVersions = "08ASTANA210";
    public const string ScriptText = "<script>alert('pwned')</script>";
    public const string ImgText = "<img src=x onerror=alert(2)>";
    public const string RtlOverride = "\u202E";

    private static readonly FakeTimeProvider s_time = new(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero));

    public static async Task<InMemoryArchiveStore> CreateAsync()
    {
        var store = new InMemoryArchiveStore(s_time);
        await FillAsync(store);
        return store;
    }

    /// <summary>Stores the test cables (and the second version of <see cref="TwoVersions"/>) in any store.</summary>
    public static async Task FillAsync(IArchiveStore store)
    {
        await store.SaveBatchAsync(Cables().Select(Incoming).ToList());
        // A second, corrected transmission of one cable.
        var corrected = Chain210() with
        {
            Paragraphs =
            [
                new Paragraph(1, "S", "Kazakh officials confirmed the pipeline tariff agreement would be signed in March."),
                new Paragraph(2, "S/NF", "A source said the Minister was prepared to concede on transit fees."),
                new Paragraph(3, "C", "Embassy will follow up with the Ministry of Energy."),
            ],
        };
        await store.SaveBatchAsync([Incoming(corrected with { Body = BodyOf(corrected) }) with { Source = "relay:RUEHAST/0211" }]);
    }

    private static IncomingCable Incoming(Cable cable) =>
        new(cable.ReferenceId!, null, cable.ReferenceId == Hostile ? HostileRaw : new CableWriter().Write(cable), cable, "tests/" + cable.ReferenceId + ".txt");

    private static string BodyOf(Cable c) =>
        string.Join("\n\n", c.Paragraphs.Select(p => $"{p.Number}. ({p.Marking}) {p.Text}"));

    private static Cable Make(string id, string origin, DateTime created, Classification level, string subject, string[] tags,
        Paragraph[] paragraphs, Reference[]? references = null, string[]? captions = null, Precedence precedence = Precedence.Routine)
    {
        var cable = new Cable
        {
            ReferenceId = id,
            Origin = origin,
            Serial = int.Parse(new string(id.SkipWhile(c => !char.IsDigit(c)).Skip(2).SkipWhile(char.IsLetter).ToArray())),
            Created = DateTime.SpecifyKind(created, DateTimeKind.Utc),
            Precedence = precedence,
            Classification = level,
            Captions = (captions ?? []).ToEquatableList(),
            From = new Addressee(null, origin == "STATE" ? "SECSTATE WASHDC" : "AMEMBASSY " + origin),
            To = [new Addressee("RUEHC", "SECSTATE WASHDC", precedence, Sequence: 116)],
            Info = [new Addressee("RUEHMO", "AMEMBASSY MOSCOW", Precedence.Routine, Sequence: 42), new Addressee("RUCNCIS", "CIS COLLECTIVE")],
            Transmission = new Transmission
            {
                TransmissionId = "XRO1728", Channel = "XRO", ChannelSerial = 1728, RoutingPrecedence = precedence,
                RoutingIndicators = ["RUEHMO"], OriginatingStation = "RUEHAST", StationSerial = 38, Section = 1,
                SecurityWarning = level, SecurityWarningText = "ZNY CCCCC",
            },
            // A DECL date far ahead, so automatic declassification (on by default) leaves the test cables classified.
            ExecutiveOrder = new ExecutiveOrder("12958", "2043-01-15"),
            Tags = tags.ToEquatableList(),
            Subject = subject,
            References = (references ?? []).ToEquatableList(),
            Paragraphs = paragraphs.ToEquatableList(),
            Signature = "ORDWAY",
        };
        return cable with { Body = BodyOf(cable) };
    }

    private static Reference Ref(string label, string text, string id) => new(label, text, ReferenceKind.Cable, id);

    private static Cable Chain210() => Make(TwoVersions, "ASTANA", new DateTime(2008, 2, 14, 9, 30, 0), Classification.Secret,
        "KAZAKHSTAN: PIPELINE TARIFF DEAL CLOSE", ["EPET", "PREL", "KZ"],
        [
            new Paragraph(1, "S", "Kazakh officials said the pipeline tariff agreement would be signed in February."),
            new Paragraph(2, "S/NF", "A source said the Minister was prepared to concede on transit fees."),
        ],
        [Ref("A", "ASTANA 200", "08ASTANA200"), Ref("B", "07ASTANA 999", "07ASTANA999")], ["NOFORN", "SIPDIS"], Precedence.Immediate);

    private static IEnumerable<Cable> Cables()
    {
        yield return Make("08ALMATY100", "ALMATY", new DateTime(2008, 1, 10, 4, 0, 0), Classification.Unclassified,
            "KAZAKHSTAN: CASPIAN PIPELINE TALKS RESUME", ["EPET", "ENRG", "KZ"],
            [
                new Paragraph(1, "SBU", "Talks on the Caspian pipeline consortium expansion resumed in Almaty this week."),
                new Paragraph(2, "SBU", "Industry contacts expect agreement on tariffs by spring."),
            ], captions: ["SENSITIVE", "SIPDIS"]);
        yield return Make("08ASTANA200", "ASTANA", new DateTime(2008, 1, 28, 11, 15, 0), Classification.Confidential,
            "KAZAKHSTAN: PIPELINE TARIFF DISPUTE WITH RUSSIA", ["EPET", "PREL", "KZ", "RS"],
            [
                new Paragraph(1, "C", "The pipeline tariff dispute between Kazakhstan and Russia deepened this week."),
                new Paragraph(2, "C//NF", "Officials privately blamed Moscow for the delay."),
            ],
            [Ref("A", "ALMATY 100", "08ALMATY100")], ["NOFORN", "SIPDIS"], Precedence.Priority);
        yield return Chain210();
        yield return Make("08STATE300", "STATE", new DateTime(2008, 3, 2, 22, 5, 0), Classification.TopSecret,
            "GUIDANCE ON CASPIAN ENERGY DIPLOMACY", ["PREL", "PGOV", "EPET"],
            [new Paragraph(1, "TS", "Posts should stress support for multiple pipeline routes.")],
            [Ref("A", "ASTANA 210", TwoVersions)], ["NODIS"], Precedence.Flash);
        yield return Make("09MOSCOW400", "MOSCOW", new DateTime(2009, 6, 5, 8, 0, 0), Classification.Unclassified,
            "RUSSIA: GRAIN EXPORT OUTLOOK", ["EAGR", "ETRD", "RS"],
            [new Paragraph(1, "U", "Russian grain exports are forecast to rise this season.")]);
        yield return Make(Hostile, "ASTANA", new DateTime(2009, 7, 1, 10, 0, 0), Classification.Unclassified,
            "TEST " + ScriptText + " SUBJECT", ["PGOV"],
            [
                new Paragraph(1, "U", "Body with " + ScriptText + " and " + ImgText + " inside."),
                new Paragraph(2, "U", "File name: report" + RtlOverride + "fdp.exe and a zero\u200Bwidth space."),
            ]);
        for (var i = 1; i <= 30; i++)
        {
            yield return Make($"07ANKARA{i}", "ANKARA", new DateTime(2007, 1 + i % 12, 1 + i % 27, 6, 0, 0), i % 3 == 0 ? Classification.Confidential : Classification.Unclassified,
                $"TURKEY: WEEKLY ECONOMIC REPORT NUMBER {i}", ["ECON", "TU"],
                [new Paragraph(1, "U", $"Weekly report {i} on the Turkish economy and trade.")]);
        }
    }

    private const string HostileRaw =
        "UNCLAS ASTANA 000666\n\nSUBJECT: TEST " + ScriptText + " SUBJECT\n\n1. (U) Body with " + ScriptText + " and " + ImgText +
        " inside.\n\n2. (U) File name: report" + RtlOverride + "fdp.exe\n";
}
