using Chancery.Archive.Ingest;
using Chancery.Cables;
using static Chancery.Cables.Classification;

namespace Chancery.Archive.Tests.Fixtures;

/// <summary>
/// The store suite's own corpus: cables written for these tests, with varied posts, tags, levels, captions, dates
/// and REF lines, one cable seen in two versions, one record seen twice, one malformed published id and two records
/// that must be rejected. The tests' expected answers are written against these texts.
/// </summary>
internal static class FixtureCorpus
{
    private static DateTime At(int y, int m, int d, int h = 10, int min = 30) => new(y, m, d, h, min, 0, DateTimeKind.Utc);

    public static readonly FixtureCable GrainTalks = new("ASTANA", "RUEHAST", 412, At(2006, 4, 24, 3, 36), Confidential, ["SIPDIS"],
        ["PREL", "ECON", "KZ"], "KAZAKHSTAN: GRAIN EXPORT TALKS AT THE MINISTRY", null,
        [("C", "Ministry officials said the grain quota would rise next month after the harvest."),
         ("U", "Embassy will report further on the wheat market.")]);

    /// <summary>The second text of 06ASTANA412: the quota now falls; search must see this one.</summary>
    public static readonly FixtureCable GrainTalksRevised = GrainTalks with
    {
        Paragraphs =
        [("C", "Ministry officials said the grain quota would fall next month despite the harvest."),
         ("U", "Embassy will report further on the barley market.")],
    };

    public static readonly FixtureCable OilPipeline = new("ASTANA", "RUEHAST", 420, At(2006, 5, 10), Unclassified, ["SENSITIVE", "SIPDIS"],
        ["EPET", "ENRG", "KZ"], "KAZAKHSTAN: CASPIAN OIL PIPELINE PLANS", "A. ASTANA 412 B. STATE 55555",
        [("SBU", "The energy minister described the new oil pipeline to the Caspian coast and its financing."),
         ("SBU", "Comment: the pipeline consortium expects first oil in two years. End comment.")]);

    public static readonly FixtureCable Consortium = new("ALMATY", "RUEHTA", 1500, At(2006, 6, 2), Secret, ["NOFORN", "SIPDIS"],
        ["PREL", "PGOV", "KZ"], "KAZAKHSTAN: CONSORTIUM POLITICS BEHIND THE PIPELINES", "ASTANA 420",
        [("S/NF", "Contacts describe quarrels inside the pipeline consortium over transit fees."),
         ("C", "The president's circle follows the talks closely.")]);

    /// <summary>Banner CONFIDENTIAL with a SECRET NOFORN paragraph: effectively SECRET and NOFORN.</summary>
    public static readonly FixtureCable GasTalks = new("MOSCOW", "RUEHMO", 2001, At(2007, 1, 15), Confidential, ["SIPDIS"],
        ["PREL", "ENRG", "RS"], "RUSSIA: GAS PIPELINES AND EUROPEAN BUYERS", null,
        [("C", "Gazprom officials discussed the gas pipelines to European buyers."),
         ("S/NF", "A source said the pricing formula will change in the spring.")],
        Info: "RUEHFR/AMEMBASSY PARIS");

    public static readonly FixtureCable MoscowEconomy = new("MOSCOW", "RUEHMO", 2100, At(2007, 3, 3), Unclassified, ["SENSITIVE"],
        ["ECON", "RS"], "RUSSIA: INFLATION AND THE RUBLE", null,
        [("SBU", "Inflation rose again in February while the ruble held steady."),
         ("U", "Bakers raised the price of bread by ten percent.")]);

    public static readonly FixtureCable ParisNodis = new("PARIS", "RUEHFR", 900, At(2007, 5, 5), Confidential, ["NODIS"],
        ["PREL", "FR"], "FRANCE: PRESIDENT'S PRIVATE VIEWS ON IRAN", null,
        [("C", "The president shared private views on Iran sanctions with the ambassador."),
         ("C", "He asked that the conversation be held closely.")]);

    public static readonly FixtureCable ParisCulture = new("PARIS", "RUEHFR", 150, At(2008, 2, 1), Unclassified, [],
        ["SCUL", "FR"], "FRANCE: CULTURAL EXCHANGE PROGRAM EXPANDS", null,
        [("U", "The cultural exchange program will send forty students to Lyon."),
         ("U", "Embassy will report on the results of the exchange.")]);

    public static readonly FixtureCable TokyoExdis = new("TOKYO", "RUEHKO", 300, At(2008, 7, 7), Secret, ["EXDIS"],
        ["PARM", "JA"], "JAPAN: MISSILE DEFENSE CONSULTATIONS", null,
        [("S", "Defense officials reviewed the missile defense radar schedule."),
         ("S", "They asked for a second round of consultations in autumn.")]);

    public static readonly FixtureCable CairoTerror = new("CAIRO", "RUEHEG", 500, At(2008, 9, 9), Confidential, ["SIPDIS"],
        ["PTER", "EG"], "EGYPT: COUNTERTERRORISM COOPERATION", "TOKYO 300",
        [("C", "Egyptian officials welcomed closer counterterrorism cooperation and border security training."),
         ("C", "They cited the Japanese consultations as a model.")]);

    public static readonly FixtureCable KabulSecurity = new("KABUL", "RUEHBUL", 100, At(2009, 1, 20), Secret, ["SIPDIS"],
        ["MARR", "PTER", "AF"], "AFGHANISTAN: SECURITY IN THE EAST", null,
        [("S", "Security in the eastern provinces worsened as winter began."),
         ("C", "Border security remains the main concern of the governor.")]);

    public static readonly FixtureCable KabulAid = new("KABUL", "RUEHBUL", 101, At(2009, 1, 21), Unclassified, [],
        ["EAID", "AF"], "AFGHANISTAN: WHEAT SEED AID DELIVERED", null,
        [("U", "Wheat seed aid reached farmers in three provinces before the planting season."),
         ("U", "Distribution went smoothly.")]);

    public static readonly FixtureCable StateGuidance = new("STATE", "RUEHC", 1234, At(2009, 2, 2), Unclassified, [],
        ["PREL", "KZ"], "GUIDANCE ON GRAIN EXPORT TALKS", "06 ASTANA 412",
        [("U", "Posts may tell the ministry that the grain quota question remains open."),
         ("U", "Department thanks post for its reporting.")],
        From: "SECSTATE WASHDC", To: "RUEHAST/AMEMBASSY ASTANA", Info: "RUEHTA/AMEMBASSY ALMATY");

    public static readonly FixtureCable AstanaEarly = new("ASTANA", "RUEHAST", 100, At(2005, 12, 30), Unclassified, [],
        ["KZ", "PGOV"], "KAZAKHSTAN: ELECTION RESULTS CERTIFIED", null,
        [("U", "The election commission certified the results of the presidential election."),
         ("U", "Observers noted irregularities.")]);

    public static readonly FixtureCable CairoElection = new("CAIRO", "RUEHEG", 50, At(2009, 3, 15), Confidential, [],
        ["PGOV", "EG"], "EGYPT: PARLIAMENTARY ELECTION PREPARATIONS", null,
        [("C", "Parties prepare for the parliamentary election amid arrests."),
         ("U", "Voter lists will be published in April.")]);

    public static readonly FixtureCable LouTrade = new("TOKYO", "RUEHKO", 310, At(2008, 7, 20), LimitedOfficialUse, [],
        ["ETRD", "JA"], "JAPAN: RICE TARIFF TALKS", null,
        [("LOU", "Trade negotiators discussed the rice tariff and beef imports."),
         ("U", "Talks resume next month.")]);

    /// <summary>Every cable stored (latest texts), by canonical id.</summary>
    public static IReadOnlyList<FixtureCable> Stored { get; } =
    [
        GrainTalksRevised, OilPipeline, Consortium, GasTalks, MoscowEconomy, ParisNodis, ParisCulture, TokyoExdis,
        CairoTerror, KabulSecurity, KabulAid, StateGuidance, AstanaEarly, CairoElection, LouTrade,
    ];

    /// <summary>The published id of 08PARIS150 as a source mangled it.</summary>
    public const string MalformedPublishedId = "08EFTOPARIS150";

    /// <summary>The records in ingest order: 17 records, 15 cables (one updated, one repeated), 2 rejected.</summary>
    public static IReadOnlyList<IngestRecord> Records { get; } =
    [
        Record(GrainTalks), Record(OilPipeline), Record(Consortium), Record(GasTalks), Record(MoscowEconomy),
        Record(ParisNodis), new IngestRecord(ParisCulture.Text, "fixtures/08PARIS150.txt", MalformedPublishedId),
        Record(TokyoExdis), Record(CairoTerror), Record(KabulSecurity), Record(KabulAid), Record(StateGuidance),
        Record(AstanaEarly), Record(CairoElection), Record(LouTrade),
        new IngestRecord("Nothing here looks like a telegram.\nJust a note.", "fixtures/note.txt"),
        new IngestRecord("", "fixtures/cables.csv:99", Error: "truncated CSV record: no closing quote"),
        Record(GrainTalksRevised, "fixtures/v2/06ASTANA412.txt"),
        Record(OilPipeline, "fixtures/again/06ASTANA420.txt"),
    ];

    public const int AddedCount = 15;
    public const int UpdatedCount = 1;
    public const int UnchangedCount = 1;
    public const int RejectedCount = 2;

    private static IngestRecord Record(FixtureCable cable, string? location = null) =>
        new(cable.Text, location ?? $"fixtures/{cable.ReferenceId}.txt", cable.ReferenceId);
}
