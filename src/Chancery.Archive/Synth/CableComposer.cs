using System.Globalization;
using System.Text;
using Chancery.Cables;

namespace Chancery.Archive.Synth;

/// <summary>
/// Builds one cable of the plan from its own random stream: classification, captions, addressees, TAGS, subject,
/// references to earlier cables, and portion-marked paragraphs of generated prose. The cable is canonical
/// (upper case, fields consistent), so the reader reads back from its text what was generated.
/// </summary>
internal sealed class CableComposer(CorpusPlan plan, SynthOptions options)
{
    private static readonly string[] Channels = ["XRO", "XYZ", "ADI", "BSO", "RHO", "VKI", "XRS", "PAO"];

    private readonly Weighted<TopicTable.Topic> _topics = new(TopicTable.All.Select(t => (t, t.Tags.Sum(x => x.Share))));

    /// <summary>The first version of cable <paramref name="index"/>.</summary>
    public Cable Compose(int index)
    {
        var random = new SynthRandom(options.Seed, index, 1);
        var post = plan.Origins[index];
        var created = plan.Created[index];
        var serial = plan.Serials[index];
        var year = created.Year;
        var subjectPost = post.Station == "STATE" ? PickPost(random, p => p.Station != "STATE", post) : post;

        var classification = Classify(random, year);
        var classified = classification >= Classification.Confidential;
        var noforn = classified && random.Chance(0.085);
        var sensitive = classification == Classification.Unclassified && year >= 1995 && random.Chance(0.45);
        var captions = Captions(random, year, classified, noforn, sensitive);

        var tags = Tags(random, subjectPost, out var topic);
        var contact = post.Station == "STATE" ? "THE DEPARTMENT" : random.Pick(["POLOFF", "ECONOFF", "THE AMBASSADOR", "THE DCM", "POLCOUNS", "EMBOFFS"]);
        var prose = new ProseModel(random, topic, subjectPost.Country, contact);
        var precedence = Precedence(random);
        var route = post.RouteOn(DateOnly.FromDateTime(created));
        var (to, info) = Addressees(random, post, subjectPost, topic, precedence, classified, created);
        var marks = year >= 1995;
        var paragraphs = Paragraphs(random, prose, classification, noforn, sensitive, marks, out var summary);
        var channel = random.Pick(Channels);
        var channelSerial = random.Between(1, 9999);

        return new Cable
        {
            ReferenceId = plan.Ids[index],
            Origin = post.Station,
            Serial = serial,
            Created = created,
            Precedence = precedence,
            Classification = classification,
            Captions = captions,
            Transmission = new Transmission
            {
                TransmissionId = $"{channel}{channelSerial:D4}",
                Channel = channel,
                ChannelSerial = channelSerial,
                RoutingPrecedence = precedence,
                RoutingIndicators = [.. to.Concat(info).Select(a => a.RoutingIndicator!).Distinct().Take(random.Between(1, 4))],
                OriginatingStation = route.RoutingIndicator,
                StationSerial = serial % 10_000,
                Section = 1,
                FilingTime = new FilingTime(created.DayOfYear, created.Hour, created.Minute),
                SecurityWarning = classification == Classification.LimitedOfficialUse ? Classification.Unclassified : classification,
                SecurityWarningText = classified ? "ZNY " + new string(Names.Of(classification)[0], 5) : "ZNR UUUUU",
                OperatingSignals = ["ZZH"],
            },
            From = new Addressee(null, route.Address),
            To = to,
            Info = info,
            ForLines = post.Station != "STATE" && random.Chance(0.15)
                ? [random.Pick(ProseVocabulary.ForLinePatterns).Replace("{B}", post.Bureau is "WASH" ? "EUR" : post.Bureau, StringComparison.Ordinal)]
                : [],
            ExecutiveOrder = ExecutiveOrder(random, created, classified),
            ClassifiedBy = classified && year >= 1995 ? ClassifiedBy(random, post) : null,
            Tags = tags,
            Subject = prose.Headline(),
            SubjectMarking = marks && random.Chance(0.8) ? Mark(random, classification, noforn, sensitive, subject: true) : null,
            References = References(random, index, created),
            Summary = summary,
            Paragraphs = paragraphs,
            Signature = Signature(post, year),
        };
    }

    /// <summary>A second version of <paramref name="first"/>: one paragraph gains a sentence, as a corrected copy would.</summary>
    public Cable Revise(int index, Cable first)
    {
        var random = new SynthRandom(options.Seed, index, 2);
        if (first.Paragraphs.Count == 0) return first with { Signature = first.Signature + " (CORRECTED COPY)" };
        var which = random.Next(first.Paragraphs.Count);
        var topic = TopicTable.All[random.Next(TopicTable.All.Length)];
        var prose = new ProseModel(random, topic, "THE REGION", "POLOFF");
        var extra = new StringBuilder();
        prose.Sentence(extra);
        var paragraphs = first.Paragraphs.Select((p, i) => i == which ? p with { Text = p.Text + " " + extra } : p).ToEquatableList();
        return first with { Paragraphs = paragraphs };
    }

    /// <summary>A post that satisfies <paramref name="where"/>, or <paramref name="fallback"/> when none does.</summary>
    private static Post PickPost(SynthRandom random, Func<Post, bool> where, Post? fallback = null)
    {
        var posts = Posts.All;
        // A few blind tries are enough for common conditions; then look properly.
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var post = posts[random.Next(posts.Count)];
            if (where(post)) return post;
        }
        var matching = posts.Where(where).ToList();
        return matching.Count > 0 ? random.Pick(matching) : fallback ?? posts[^1];
    }

    /// <summary>Cablegate's mix: about half unclassified, two in five confidential, one in sixteen secret; LOU only before 1995.</summary>
    private static Classification Classify(SynthRandom random, int year)
    {
        var x = random.NextDouble();
        if (year < 1995)
            return x < 0.35 ? Classification.Unclassified : x < 0.5 ? Classification.LimitedOfficialUse : x < 0.9 ? Classification.Confidential : Classification.Secret;
        return x < 0.525 ? Classification.Unclassified : x < 0.935 ? Classification.Confidential : Classification.Secret;
    }

    private static Precedence Precedence(SynthRandom random)
    {
        var x = random.NextDouble();
        return x < 0.5 ? Cables.Precedence.Routine : x < 0.88 ? Cables.Precedence.Priority : Cables.Precedence.Immediate;
    }

    /// <summary>SIPDIS on most cables from 2006 (never with EXDIS or NODIS), SENSITIVE on SBU ones, NOFORN on some classified ones.</summary>
    private static EquatableList<string> Captions(SynthRandom random, int year, bool classified, bool noforn, bool sensitive)
    {
        var captions = new List<string>(3);
        if (noforn) captions.Add("NOFORN");
        if (sensitive) captions.Add("SENSITIVE");
        var restricted = classified && year >= 1995 ? random.NextDouble() switch
        {
            < 0.004 => "NODIS",
            < 0.014 => "EXDIS",
            < 0.02 => "LIMDIS",
            _ => null,
        } : null;
        if (restricted is not null) captions.Add(restricted);
        else if (year >= 2006 && random.Chance(0.9)) captions.Add("SIPDIS");
        return captions.Count == 0 ? [] : [.. captions];
    }

    /// <summary>Each topic TAG is drawn with its Cablegate share (at least one), then the country TAG.</summary>
    private EquatableList<string> Tags(SynthRandom random, Post subjectPost, out TopicTable.Topic topic)
    {
        var tags = new List<string>(6);
        TopicTable.Topic? main = null;
        var bestShare = 0.0;
        foreach (var candidate in TopicTable.All)
        {
            foreach (var (tag, share) in candidate.Tags)
            {
                if (!random.Chance(share)) continue;
                tags.Add(tag);
                // The text follows the most specific topic drawn: PREL and PGOV go with any subject.
                var specificity = tag is "PREL" or "PGOV" ? 0.001 : 1 - share;
                if (specificity > bestShare)
                {
                    bestShare = specificity;
                    main = candidate;
                }
            }
        }
        if (tags.Count == 0)
        {
            main = _topics.Draw(random);
            tags.Add(new Weighted<string>(main.Tags.Select(t => (t.Tag, t.Share))).Draw(random));
        }
        topic = main!;
        if (subjectPost.CountryTag.Length == 2) tags.Add(subjectPost.CountryTag);
        else tags.Insert(0, subjectPost.CountryTag);
        if (random.Chance(0.12))
        {
            var neighbour = PickPost(random, p => p.Bureau == subjectPost.Bureau && p.CountryTag.Length == 2, subjectPost);
            if (!tags.Contains(neighbour.CountryTag)) tags.Add(neighbour.CountryTag);
        }
        return [.. tags];
    }

    private (EquatableList<Addressee> To, EquatableList<Addressee> Info) Addressees(
        SynthRandom random, Post post, Post subjectPost, TopicTable.Topic topic, Precedence precedence, bool classified, DateTime created)
    {
        var date = DateOnly.FromDateTime(created);
        var to = new List<Addressee>(4);
        var info = new List<Addressee>(8);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(List<Addressee> list, string ri, string address, Precedence? p)
        {
            if (seen.Add(address)) list.Add(new Addressee(ri, address, p, Niact: p == Cables.Precedence.Immediate && random.Chance(0.1), random.Between(1, 9999)));
        }

        if (post.Station == "STATE")
        {
            var route = subjectPost.RouteOn(date);
            Add(to, route.RoutingIndicator, route.Address, precedence);
            for (var i = random.Next(3); i > 0; i--)
            {
                var other = PickPost(random, p => p.Bureau == subjectPost.Bureau && p.Station != "STATE", subjectPost).RouteOn(date);
                Add(to, other.RoutingIndicator, other.Address, precedence);
            }
        }
        else
        {
            Add(to, Addressing.Department.RoutingIndicator!, Addressing.Department.Address, precedence);
        }
        for (var i = random.Next(5); i > 0; i--)
        {
            var other = PickPost(random, p => p.Bureau == subjectPost.Bureau && p.Station != post.Station && p.Station != "STATE", subjectPost).RouteOn(date);
            Add(info, other.RoutingIndicator, other.Address, random.Chance(0.7) ? Cables.Precedence.Routine : precedence);
        }
        if (random.Chance(0.3))
        {
            var collectives = Addressing.Collectives.Where(c => c.Bureau == post.Bureau || c.Bureau == subjectPost.Bureau).ToList();
            if (collectives.Count > 0)
            {
                var c = random.Pick(collectives);
                Add(info, c.Ri, c.Address, null);
            }
        }
        if (classified || random.Chance(0.2))
        {
            foreach (var agency in Addressing.Agencies)
                if (agency.Topic == topic.Name && random.Chance(0.5)) Add(info, agency.Ri, agency.Address, Cables.Precedence.Routine);
        }
        return ([.. to], info.Count == 0 ? [] : [.. info]);
    }

    private static ExecutiveOrder ExecutiveOrder(SynthRandom random, DateTime created, bool classified)
    {
        var order = created switch
        {
            { Year: < 1978 } => "11652",
            { Year: < 1982 } => "12065",
            { Year: < 1995 } => "12356",
            _ => "12958",
        };
        if (!classified) return new ExecutiveOrder(order, "N/A");
        var declassify = new DateTime(created.Year + 10, 1, 1).AddDays(random.Next(365));
        return new ExecutiveOrder(order, declassify.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static ClassifiedBy ClassifiedBy(SynthRandom random, Post post)
    {
        var title = post.Station == "STATE" ? random.Pick(["DAS", "ASSISTANT SECRETARY", "OFFICE DIRECTOR"]) : random.Pick(ProseVocabulary.Titles);
        var name = $"{title} {random.Pick(ProseVocabulary.GivenInitials)} {random.Pick(ProseVocabulary.Surnames)}";
        var first = random.Next(2);
        EquatableList<string> reasons = random.Chance(0.6)
            ? [ProseVocabulary.Reasons[first].ToLowerInvariant(), ProseVocabulary.Reasons[1].ToLowerInvariant()]
            : [ProseVocabulary.Reasons[random.Next(ProseVocabulary.Reasons.Length)].ToLowerInvariant()];
        if (reasons.Count == 2 && reasons[0] == reasons[1]) reasons = [reasons[0]];
        return new ClassifiedBy(name, reasons);
    }

    /// <summary>A portion mark at or below the cable's level; NOFORN cables mark some paragraphs <c>C/NF</c> or <c>S/NF</c>.</summary>
    private static string Mark(SynthRandom random, Classification level, bool noforn, bool sensitive, bool subject = false)
    {
        var x = random.NextDouble();
        switch (level)
        {
            case Classification.Secret:
                if (noforn && x < 0.4) return "S/NF";
                return x < 0.6 ? "S" : x < 0.85 ? "C" : subject ? "SBU" : "U";
            case Classification.Confidential:
                if (noforn && x < 0.4) return "C/NF";
                return x < 0.75 ? "C" : x < 0.9 ? "SBU" : "U";
            case Classification.LimitedOfficialUse:
                return "LOU";
            default:
                return sensitive || x < 0.3 ? "SBU" : "U";
        }
    }

    private EquatableList<Paragraph> Paragraphs(SynthRandom random, ProseModel prose, Classification level, bool noforn, bool sensitive, bool marks, out string? summary)
    {
        // Lengths are log-normal: most cables a page or two, a long tail of multi-section reports.
        var words = Math.Clamp(random.LogNormal(420, 0.75), 60, 4_500);
        var sentences = Math.Max(2, (int)(words / 24));
        var count = Math.Clamp(sentences / 4, 1, 30);
        var list = new List<Paragraph>(count + 1);
        summary = null;
        var hasSummary = count >= 4 && random.Chance(0.7);
        var hasComment = count >= 3 && random.Chance(0.35);
        var levelMarkUsed = false;
        for (var i = 1; i <= count; i++)
        {
            string text;
            if (i == 1 && hasSummary)
            {
                summary = prose.Paragraph(random.Between(2, 4));
                text = "SUMMARY: " + summary + " END SUMMARY.";
            }
            else if (i == count && hasComment)
            {
                text = prose.Comment();
            }
            else
            {
                text = prose.Paragraph(random.Between(2, 6));
            }
            string? mark = null;
            if (marks)
            {
                mark = Mark(random, level, noforn, sensitive);
                levelMarkUsed |= mark.StartsWith(LevelLetter(level), StringComparison.Ordinal);
                // The highest portion mark is the banner's level, on at least one paragraph.
                if (i == count && !levelMarkUsed) mark = noforn ? LevelLetter(level) + "/NF" : LevelLetter(level);
            }
            list.Add(new Paragraph(i, mark, text));
        }
        return [.. list];
    }

    private static string LevelLetter(Classification level) => level switch
    {
        Classification.Secret => "S",
        Classification.Confidential => "C",
        Classification.LimitedOfficialUse => "LOU",
        _ => "U",
    };

    private EquatableList<Reference> References(SynthRandom random, int index, DateTime created)
    {
        var x = random.NextDouble();
        var count = x < 0.55 ? 0 : x < 0.8 ? 1 : x < 0.92 ? 2 : random.Between(3, 4);
        if (count == 0 || index == 0) return [];
        var ids = new List<string>(count);
        for (var attempt = 0; ids.Count < count && attempt < count * 4; attempt++)
        {
            var id = random.Chance(options.DanglingShare) ? DanglingId(random, created) : CitedId(random, index);
            if (id is not null && !ids.Contains(id)) ids.Add(id);
        }
        var references = new List<Reference>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            var (yy, station, serial) = Split(ids[i]);
            var text = yy == created.Year % 100 ? $"{station} {serial}" : $"{yy:D2} {station} {serial}";
            references.Add(new Reference(ids.Count == 1 ? null : ((char)('A' + i)).ToString(), text, ReferenceKind.Cable, ids[i]));
        }
        return [.. references];
    }

    /// <summary>An earlier cable: mostly the same post's recent traffic, often the Department's, sometimes anyone's.</summary>
    private string? CitedId(SynthRandom random, int index)
    {
        var x = random.NextDouble();
        var post = plan.Origins[index];
        var pool = x < 0.55 ? plan.ByPost[IndexOf(post)] : x < 0.85 ? plan.ByPost[0] : null;
        if (pool is null)
        {
            var back = random.Between(1, Math.Min(index, 5_000));
            return plan.Ids[index - back];
        }
        var position = pool.BinarySearch(index);
        if (position < 0) position = ~position;
        if (position == 0) return null;
        var candidate = pool[position - 1 - random.Next(Math.Min(position, 300))];
        return candidate < index ? plan.Ids[candidate] : null;
    }

    private string? DanglingId(SynthRandom random, DateTime created)
    {
        var post = Posts.All[random.Next(Posts.All.Count)];
        var year = created.Year - random.Next(3);
        if (year < 1966) year = created.Year;
        var id = $"{year % 100:D2}{post.Station}{random.Between(1, 99_999)}";
        return plan.IdSet.Contains(id) ? null : id;
    }

    private static int IndexOf(Post post)
    {
        var posts = Posts.All;
        for (var i = 0; i < posts.Count; i++)
            if (ReferenceEquals(posts[i], post)) return i;
        return 0;
    }

    private static (int Year, string Station, string Serial) Split(string id)
    {
        var end = id.Length;
        while (char.IsAsciiDigit(id[end - 1])) end--;
        return (int.Parse(id.AsSpan(0, 2), CultureInfo.InvariantCulture), id[2..end], id[end..]);
    }

    /// <summary>The Secretary of the day for the Department; for a post, its chief of mission (one name per post and term).</summary>
    private static string Signature(Post post, int year)
    {
        if (post.Station == "STATE")
        {
            var secretaries = ProseVocabulary.Secretaries;
            return secretaries[Math.Clamp((year - 1966) * secretaries.Length / 45, 0, secretaries.Length - 1)];
        }
        var term = year / 3;
        var hash = 17;
        foreach (var c in post.Station) hash = hash * 31 + c;
        hash = Math.Abs(hash * 31 + term);
        return ProseVocabulary.Surnames[hash % ProseVocabulary.Surnames.Length];
    }
}
