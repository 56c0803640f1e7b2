using FsCheck;
using FsCheck.Fluent;

namespace Chancery.Cables.Tests.Writing;

/// <summary>A cable already in canonical form (upper case, ITA2-safe, consistent fields): what the writer must round-trip.</summary>
public sealed record CanonicalCable(Cable Value)
{
    public override string ToString() => new CableWriter().Write(Value);
}

/// <summary>A canonical cable whose text needs several transmission sections.</summary>
public sealed record LongCable(Cable Value)
{
    public override string ToString() => new CableWriter().Write(Value);
}

/// <summary>Any cable at all: nulls, undefined enum values, any characters, absurd numbers.</summary>
public sealed record AnyCable(Cable Value);

/// <summary>FsCheck arbitraries for the writer's properties, registered with <c>[Property(Arbitrary = ...)]</c>.</summary>
public static class CableArbitraries
{
    public static Arbitrary<CanonicalCable> Canonical() =>
        CableGenerators.Canonical(paragraphs: Gen.Choose(0, 6), words: Gen.Choose(1, 70)).Select(c => new CanonicalCable(c)).ToArbitrary();

    public static Arbitrary<LongCable> Long() =>
        CableGenerators.Canonical(paragraphs: Gen.Choose(25, 60), words: Gen.Choose(40, 120)).Select(c => new LongCable(c)).ToArbitrary();

    public static Arbitrary<AnyCable> Any() => CableGenerators.AnyCable().Select(c => new AnyCable(c)).ToArbitrary();
}

/// <summary>
/// Generators of realistic State cables written for these tests (station names, routing indicators and
/// TAGS are public reference facts; the text is generated words, not corpus text).
/// </summary>
public static class CableGenerators
{
    /// <summary>A post: the station part of the MRN, its plain-language address, its routing indicator.</summary>
    private sealed record Station(string Origin, string Address, string RoutingIndicator);

    private static readonly Station[] Stations =
    [
        new("STATE", "SECSTATE WASHDC", "RUEHC"),
        new("ASTANA", "USOFFICE ASTANA", "RUEHAST"),
        new("ALMATY", "AMEMBASSY ALMATY", "RUEHTA"),
        new("ANKARA", "AMEMBASSY ANKARA", "RUEHAK"),
        new("AMMAN", "AMEMBASSY AMMAN", "RUEHAM"),
        new("BEIJING", "AMEMBASSY BEIJING", "RUEHBJ"),
        new("BANGKOK", "AMEMBASSY BANGKOK", "RUEHBK"),
        new("BOGOTA", "AMEMBASSY BOGOTA", "RUEHBO"),
        new("BRASILIA", "AMEMBASSY BRASILIA", "RUEHBR"),
        new("KABUL", "AMEMBASSY KABUL", "RUEHBUL"),
        new("ACCRA", "AMEMBASSY ACCRA", "RUEHAR"),
        new("ALGIERS", "AMEMBASSY ALGIERS", "RUEHAS"),
        new("HAMBURG", "AMCONSUL HAMBURG", "RUEHAG"),
        new("BELGRADE", "AMEMBASSY BELGRADE", "RUEHBW"),
        new("CANBERRA", "AMEMBASSY CANBERRA", "RUEHBY"),
    ];

    private static readonly (string Ri, string Address)[] Collectives =
    [
        ("RUCNCIS", "CIS COLLECTIVE"),
        ("RUEHZL", "EUROPEAN POLITICAL COLLECTIVE"),
        ("RUCNMEM", "EU MEMBER STATES COLLECTIVE"),
        ("RUCPDOC", "DEPT OF COMMERCE WASHINGTON DC"),
        ("RHEHNSC", "NSC WASHINGTON DC"),
        ("RUEKJCS", "SECDEF WASHINGTON DC"),
    ];

    private static readonly string[] Channels = ["XRO", "XYZ", "ADI", "BSO", "RHO", "VKI"];

    private static readonly string[] SubjectTags =
        ["PREL", "PGOV", "PHUM", "ECON", "EFIN", "ETRD", "KCRM", "KDEM", "SMIG", "MARR", "PTER", "ENRG", "EAID", "SNAR", "KTIP", "CVIS", "AMGT"];

    private static readonly string[] CountryTags = ["KZ", "AF", "PK", "IN", "TU", "CH", "BR", "CO", "GH", "AG", "AS", "JO", "TH", "GM", "SR"];

    private static readonly string[] Captions = ["SIPDIS", "SENSITIVE", "NOFORN", "EXDIS", "LIMDIS", "NODIS", "STADIS"];

    private static readonly string[] ForLines =
    [
        "STATE FOR EUR/CARC AND DRL/CRA",
        "USDOC FOR 4231/ITA/MAC/OCEA",
        "DEPARTMENT PLEASE PASS TO USTR",
        "TREASURY FOR OASIA/IMI",
        "STATE PASS TO USAID FOR ANE/SCA",
        "NSC FOR SENIOR DIRECTOR",
    ];

    private static readonly string[] Words =
    [
        "THE", "MINISTER", "AMBASSADOR", "MET", "WITH", "ON", "APRIL", "MAY", "GOVERNMENT", "AGREEMENT", "SIGNED",
        "PROGRESS", "REFORM", "PARLIAMENT", "ELECTION", "OFFICIALS", "SAID", "THAT", "WOULD", "CONTINUE", "SUPPORT",
        "EMBASSY", "POST", "TRADE", "ENERGY", "PIPELINE", "BORDER", "SECURITY", "COOPERATION", "REGIONAL", "OPPOSITION",
        "PRESIDENT", "COUNCIL", "BUDGET", "FUNDING", "PROGRAM", "TRAFFICKING", "PRISON", "COURT", "JUDGES", "POLICE",
        "NOTED", "STRESSED", "ASKED", "WHETHER", "AND", "OF", "IN", "FOR", "A", "AN", "AS", "BY", "FROM", "ITS", "THEIR",
        "NEW", "NATIONAL", "LOCAL", "INTERNATIONAL", "MEETING", "VISIT", "DELEGATION", "PLANS", "CONCERNS", "LAW",
        "AMENDMENTS", "DRAFT", "WORKING", "GROUP", "GOK", "MFA", "OSCE", "U.S.", "EU", "NGO", "44,000", "2006", "18-19",
        "MOJ'S", "HEAD", "DEPUTY", "KAZAKHSTAN'S", "WELL-KNOWN", "LONG-TERM", "STATISTICS", "PROSECUTORS", "ACTION",
        "INTERAGENCY", "ANTI-CORRUPTION", "CONSTITUTIONAL", "TELECOMMUNICATIONS", "ADMINISTRATION", "RESPONSIBILITY",
    ];

    private static readonly string[] Surnames = ["TRACY", "ORDWAY", "RICE", "HOAGLAND", "MILLER", "JOHNSON", "GARCIA", "OKAFOR", "NGUYEN"];
    private static readonly string[] GivenNames = ["JOHN", "ANNE", "ROBERT W.", "MARIA", "DAVID", "SUSAN", "KAREN", "JAMES"];
    private static readonly string[] Titles = ["AMBASSADOR", "CHARGE D'AFFAIRES", "POLITICAL COUNSELOR", "DCM", "ECONOMIC OFFICER", "POLOFF"];

    /// <summary>A canonical cable with the given number of paragraphs and words per paragraph.</summary>
    public static Gen<Cable> Canonical(Gen<int> paragraphs, Gen<int> words) =>
        from origin in Gen.Elements(Stations)
        from serial in Gen.Choose(1, 250_000)
        from created in DateTimeGroup()
        from precedence in Gen.Elements(Precedence.Routine, Precedence.Priority, Precedence.Immediate, Precedence.Flash)
        from dual in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from classification in Gen.Frequency(
            (5, Gen.Constant(Classification.Unclassified)), (1, Gen.Constant(Classification.LimitedOfficialUse)),
            (4, Gen.Constant(Classification.Confidential)), (3, Gen.Constant(Classification.Secret)),
            (1, Gen.Constant(Classification.TopSecret)))
        from transmission in TransmissionFor(origin, serial, created, classification)
        from to in AddresseesFor(1, 3)
        from info in AddresseesFor(0, 5)
        from exempted in Gen.Frequency((9, Gen.Constant(new List<Addressee>())), (1, AddresseesFor(1, 1, plain: true)))
        from captions in Gen.SubListOf(Captions).SelectMany(Gen.Shuffle)
        from forLines in Gen.Choose(0, 2).SelectMany(n => Gen.Elements(ForLines).ArrayOf(n)).Select(a => a.Distinct().ToArray())
        from classifiedBy in ClassifiedByFor(classification)
        from executiveOrder in ExecutiveOrderFor(classification, created)
        from tags in Gen.SubListOf(SubjectTags).Where(l => l.Count is > 0 and < 7)
        from country in Gen.Elements(CountryTags)
        from subject in WordsText(3, 16)
        from countryPrefix in Gen.Elements("", "KAZAKHSTAN: ", "GHANA: ", "TURKEY - ")
        from references in ReferencesFor(created)
        from marked in Gen.Elements(true, true, true, false)
        from paragraphCount in paragraphs
        from paragraphTexts in ParagraphText(words).ListOf(paragraphCount)
        from hasSummary in Gen.Elements(false, true)
        from signature in Gen.Elements(Surnames).OrNull()
        let marking = Marking(classification)
        let summaryText = hasSummary && paragraphTexts.Count > 0 ? paragraphTexts[0] : null
        select new Cable
        {
            ReferenceId = $"{created.Year % 100:D2}{origin.Origin}{serial}",
            Origin = origin.Origin,
            Serial = serial,
            Created = created,
            Precedence = precedence,
            InfoPrecedence = dual && precedence > Precedence.Routine ? precedence - 1 : null,
            Classification = classification,
            Captions = [.. captions],
            Transmission = transmission with { RoutingPrecedence = precedence },
            From = new Addressee(null, origin.Address),
            To = [.. to],
            Info = [.. info],
            Exempted = [.. exempted],
            ForLines = [.. forLines],
            ExecutiveOrder = executiveOrder,
            ClassifiedBy = classifiedBy,
            Tags = [.. tags, country],
            Subject = countryPrefix + subject,
            SubjectMarking = marked ? marking : null,
            References = [.. references],
            Summary = summaryText,
            Paragraphs = [.. paragraphTexts.Select((text, i) => new Paragraph(
                paragraphTexts.Count == 1 && !marked ? null : i + 1,
                marked ? marking : null,
                i == 0 && summaryText is not null ? "SUMMARY: " + text + " END SUMMARY." : text))],
            Signature = signature,
        };

    /// <summary>A DTG between 1995 and 2010, whole minutes, UTC.</summary>
    private static Gen<DateTime> DateTimeGroup() =>
        from day in Gen.Choose(0, 365 * 16)
        from minute in Gen.Choose(0, 24 * 60 - 1)
        select new DateTime(1995, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(day).AddMinutes(minute);

    private static Gen<Transmission> TransmissionFor(Station origin, int serial, DateTime created, Classification classification) =>
        from channel in Gen.Elements(Channels)
        from channelSerial in Gen.Choose(1, 9999)
        from routing in Gen.SubListOf(Stations.Select(s => s.RoutingIndicator).Concat(Collectives.Select(c => c.Ri)).ToArray())
            .Where(l => l.Count is > 0 and < 12).SelectMany(Gen.Shuffle)
        let warning = classification == Classification.LimitedOfficialUse ? Classification.Unclassified : classification
        select new Transmission
        {
            TransmissionId = $"{channel}{channelSerial:D4}",
            Channel = channel,
            ChannelSerial = channelSerial,
            RoutingIndicators = [.. routing],
            OriginatingStation = origin.RoutingIndicator,
            StationSerial = serial % 10_000,
            Section = 1,
            FilingTime = new FilingTime(created.DayOfYear, created.Hour, created.Minute),
            SecurityWarning = warning,
            SecurityWarningText = warning == Classification.Unclassified ? "ZNR UUUUU" : "ZNY " + new string(Names.Of(warning)[0], 5),
            OperatingSignals = ["ZZH"],
        };

    private static Gen<List<Addressee>> AddresseesFor(int min, int max, bool plain = false) =>
        from count in Gen.Choose(min, max)
        from addressees in Addressee(plain).ListOf(count)
        select addressees.DistinctBy(a => a.Address).ToList();

    private static Gen<Addressee> Addressee(bool plain) =>
        from station in Gen.Elements(Stations.Select(s => (Ri: s.RoutingIndicator, s.Address)).Concat(Collectives).ToArray())
        from precedence in Gen.Elements<Precedence?>(null, Precedence.Routine, Precedence.Priority, Precedence.Immediate)
        from niact in Gen.Elements(false, false, true)
        from sequence in Gen.Choose(1, 9999).OrNullStruct()
        select plain
            ? new Addressee(null, station.Address)
            : new Addressee(station.Ri, station.Address, precedence, niact && precedence == Precedence.Immediate, sequence);

    private static Gen<ClassifiedBy?> ClassifiedByFor(Classification classification) =>
        classification < Classification.Confidential
            ? Gen.Constant<ClassifiedBy?>(null)
            : from title in Gen.Elements(Titles)
              from given in Gen.Elements(GivenNames)
              from surname in Gen.Elements(Surnames)
              from reasons in Gen.SubListOf("1.4(b)", "1.4(c)", "1.4(d)").Where(l => l.Count > 0)
              select (ClassifiedBy?)new ClassifiedBy($"{title} {given} {surname}", [.. reasons]);

    private static Gen<ExecutiveOrder> ExecutiveOrderFor(Classification classification, DateTime created)
    {
        var order = created.Year >= 2010 ? "13526" : "12958";
        if (classification < Classification.Confidential) return Gen.Constant(new ExecutiveOrder(order, "N/A"));
        return from years in Gen.Choose(5, 25)
               from day in Gen.Choose(0, 364)
               select new ExecutiveOrder(order, new DateTime(created.Year + years, 1, 1).AddDays(day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static Gen<List<Reference>> ReferencesFor(DateTime created) =>
        from count in Gen.Choose(0, 3)
        from entries in Reference(created).ListOf(count)
        select entries.Select((r, i) => r with { Label = count == 1 ? null : ((char)('A' + i)).ToString() }).ToList();

    private static Gen<Reference> Reference(DateTime created) =>
        from station in Gen.Elements(Stations)
        from serial in Gen.Choose(1, 99_999)
        from withYear in Gen.Elements(false, true)
        from yearsBack in Gen.Choose(0, 3)
        let year = (created.Year - (withYear ? yearsBack : 0)) % 100
        select new Reference(
            null,
            withYear ? $"{year:D2} {station.Origin} {serial}" : $"{station.Origin} {serial}",
            ReferenceKind.Cable,
            $"{year:D2}{station.Origin}{serial}");

    private static string Marking(Classification classification) => classification switch
    {
        Classification.Unclassified => "SBU",
        Classification.LimitedOfficialUse => "U",
        Classification.Confidential => "C",
        Classification.Secret => "S",
        _ => "TS",
    };

    /// <summary>Sentences of generated words ending with full stops; never a number right before a stop.</summary>
    private static Gen<string> ParagraphText(Gen<int> words) =>
        from count in words
        from chosen in Gen.Elements(Words).ListOf(count)
        from breaks in Gen.Choose(6, 18)
        select Sentences(chosen, breaks);

    private static string Sentences(IReadOnlyList<string> words, int sentenceLength)
    {
        var parts = new List<string>(words.Count + 1);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var endsSentence = (i + 1) % sentenceLength == 0 || i == words.Count - 1;
            parts.Add(endsSentence && char.IsAsciiLetter(word[^1]) ? word + "." : word);
        }
        if (!parts[^1].EndsWith('.')) parts.Add("NOW.");
        return string.Join(' ', parts);
    }

    private static Gen<string> WordsText(int min, int max) =>
        from count in Gen.Choose(min, max)
        from chosen in Gen.Elements(Words).ListOf(count)
        select string.Join(' ', chosen);

    // ---- arbitrary cables: anything a caller could build ----

    private static readonly char[] NastyChars =
    [
        'a', 'z', 'é', 'Ø', 'ß', 'œ', '"', '“', '”', '&', '%', '¶', ';', '!', '#', '$', '€', '@', '\t', '\n', '\r',
        '\u00A0', '\u0301', '\u200B', 'Ж', '中', '\uD83D', '\uDE00', '<', '>', '\\', '|', '_', '*', '…', '—', '\0',
        ' ', ' ', ' ', 'N', 'Z', 'C', 'B', 'T', '(', ')', '.', ',', '\'', '/', '+', '=', '1', '9',
    ];

    private static Gen<string?> AnyString() =>
        Gen.Frequency(
            (1, Gen.Constant<string?>(null)),
            (1, Gen.Constant<string?>("")),
            (1, Gen.Constant<string?>("NNNN")),
            (1, Gen.Constant<string?>("BT")),
            (1, Gen.Constant<string?>("ZCZCNNNN BT")),
            (2, Gen.Elements(NastyChars).ArrayOf().Select(a => (string?)new string(a))),
            (1, Gen.Choose(60, 200).Select(n => (string?)new string('W', n))),
            (1, Gen.Choose(0, 0xFFFF).Select(i => (char)i).ArrayOf().Select(a => (string?)new string(a))),
            (2, WordsText(0, 40).Select(s => (string?)s)));

    private static Gen<EquatableList<T>> AnyList<T>(Gen<T> item) =>
        Gen.Frequency(
            (1, Gen.Constant<EquatableList<T>>(null!)),
            (4, item.ListOf().Select(l => new EquatableList<T>(l))));

    private static Gen<T?> AnyEnum<T>(int definedCount) where T : struct, Enum =>
        Gen.Choose(-2, definedCount + 1).Select(i => (T)(object)i).OrNullStruct();

    private static Gen<T?> OrNullStruct<T>(this Gen<T> gen) where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(v => (T?)v)));

    private static Gen<int?> AnyInt() =>
        Gen.Elements(int.MinValue, -1, 0, 1, 38, 9999, 10_000, 999_999, 1_000_000, int.MaxValue).OrNullStruct();

    private static Gen<Addressee> AnyAddressee() =>
        from ri in AnyString()
        from address in AnyString()
        from precedence in AnyEnum<Precedence>(4)
        from niact in Gen.Elements(false, true)
        from sequence in AnyInt()
        select new Addressee(ri, address!, precedence, niact, sequence);

    private static Gen<Transmission?> AnyTransmission() =>
        (from id in AnyString()
         from channel in AnyString()
         from channelSerial in AnyInt()
         from routingPrecedence in AnyEnum<Precedence>(4)
         from indicators in AnyList(AnyString())
         from station in AnyString()
         from stationSerial in AnyInt()
         from section in AnyInt()
         from julian in AnyInt()
         from hour in AnyInt()
         from warning in AnyEnum<Classification>(5)
         from warningText in AnyString()
         from signals in AnyList(AnyString())
         select new Transmission
         {
             TransmissionId = id,
             Channel = channel,
             ChannelSerial = channelSerial,
             RoutingPrecedence = routingPrecedence,
             RoutingIndicators = indicators!,
             OriginatingStation = station,
             StationSerial = stationSerial,
             Section = section,
             FilingTime = julian is null ? null : new FilingTime(julian.Value, hour ?? 0, hour ?? 0),
             SecurityWarning = warning,
             SecurityWarningText = warningText,
             OperatingSignals = signals!,
         }).OrNull();

    private static Gen<DateTime?> AnyDate() =>
        Gen.Elements(DateTime.MinValue, DateTime.MaxValue, new DateTime(2006, 4, 24, 3, 36, 0, DateTimeKind.Utc),
            new DateTime(1966, 12, 31, 23, 59, 59, DateTimeKind.Local), new DateTime(2066, 1, 1)).OrNullStruct();

    /// <summary>Any cable: every field independently null, empty, hostile or plausible.</summary>
    public static Gen<Cable> AnyCable() =>
        from text in Gen.Two(AnyString()).Three()
        from more in Gen.Two(AnyString()).Two()
        from serial in AnyInt()
        from created in AnyDate()
        from precedence in AnyEnum<Precedence>(4)
        from infoPrecedence in AnyEnum<Precedence>(4)
        from classification in AnyEnum<Classification>(5)
        from transmission in AnyTransmission()
        from originator in AnyAddressee().OrNull()
        from to in AnyList(AnyAddressee().OrNull())
        from info in AnyList(AnyAddressee())
        from captions in AnyList(AnyString())
        from forLines in AnyList(AnyString())
        from tags in AnyList(AnyString())
        from reasons in AnyList(AnyString())
        from references in AnyList((from label in AnyString() from t in AnyString() select new Reference(label, t!, (ReferenceKind)7, null)).OrNull())
        from paragraphs in AnyList((from n in AnyInt() from m in AnyString() from t in AnyString() select new Paragraph(n, m, t!)).OrNull())
        from sections in Gen.Elements<SectionInfo?>(null, new SectionInfo(3, [2]), new SectionInfo(-1, null!))
        select new Cable
        {
            ReferenceId = text.Item1.Item1,
            Origin = text.Item1.Item2,
            Serial = serial,
            Created = created,
            Precedence = precedence,
            InfoPrecedence = infoPrecedence,
            Classification = classification,
            Captions = captions!,
            Sections = sections,
            Transmission = transmission,
            From = originator,
            To = to!,
            Info = info,
            Exempted = null!,
            ForLines = forLines!,
            ExecutiveOrder = new ExecutiveOrder(text.Item2.Item1, text.Item2.Item2),
            ClassifiedBy = new ClassifiedBy(text.Item3.Item1!, reasons!),
            Tags = tags!,
            Subject = text.Item3.Item2,
            SubjectMarking = more.Item1.Item1,
            References = references!,
            Summary = more.Item1.Item2,
            Paragraphs = paragraphs!,
            Signature = more.Item2.Item1,
            Body = more.Item2.Item2!,
        };
}
