namespace Chancery.Archive.Synth;

/// <summary>
/// Who sent what when, for the whole corpus, decided before any text is written so that cables can be written
/// in parallel and still cite each other: origin, date-time group and serial of every cable, in date order.
/// Serials rise through each station's year with gaps, as in a leak that holds only part of the traffic.
/// </summary>
internal sealed class CorpusPlan
{
    /// <summary>Cables per year, relative: a few from 1966 on, the bulk in 2005-2009, January and February of 2010.</summary>
    private static readonly Weighted<int> Years = new(Enumerable.Range(1966, 45).Select(year => (year, YearWeight(year))));

    public Post[] Origins { get; }
    public DateTime[] Created { get; }
    public int[] Serials { get; }
    public string[] Ids { get; }
    public bool[] HasSecondVersion { get; }
    public HashSet<string> IdSet { get; }

    /// <summary>For each post (by its place in <see cref="Posts.All"/>), its cables' indices in date order.</summary>
    public List<int>[] ByPost { get; }

    public int Count => Ids.Length;

    public CorpusPlan(SynthOptions options)
    {
        var posts = Posts.All;
        var postIndex = posts.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var stations = new Weighted<Post>(posts.Select(p => (p, p.Volume)));
        var random = new SynthRandom(options.Seed, -1);
        var count = Math.Max(1, options.Count);

        var drafts = new (DateTime Created, Post Origin)[count];
        for (var i = 0; i < count; i++)
        {
            var year = Years.Draw(random);
            var days = year == 2010 ? 59 : DateTime.IsLeapYear(year) ? 366 : 365;
            var created = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc)
                .AddDays(random.Next(days)).AddMinutes(random.Next(24 * 60));
            drafts[i] = (created, stations.Draw(random));
        }
        // Stable order: equal times keep their draw order.
        var order = Enumerable.Range(0, count).OrderBy(i => drafts[i].Created).ThenBy(i => i).ToArray();

        Origins = new Post[count];
        Created = new DateTime[count];
        Serials = new int[count];
        Ids = new string[count];
        HasSecondVersion = new bool[count];
        ByPost = [.. posts.Select(_ => new List<int>())];
        var perStationYear = new Dictionary<(Post, int), int>();
        foreach (var i in order)
        {
            var key = (drafts[i].Origin, drafts[i].Created.Year);
            perStationYear[key] = perStationYear.GetValueOrDefault(key) + 1;
        }
        var lastSerial = new Dictionary<(Post, int), int>();
        for (var k = 0; k < count; k++)
        {
            var (created, origin) = drafts[order[k]];
            var key = (origin, created.Year);
            var annual = origin.Station == "STATE" ? 130_000 : 300 + (int)(origin.Volume * 90);
            var gap = Math.Max(1, annual / Math.Max(1, perStationYear[key]));
            var serial = lastSerial.GetValueOrDefault(key) + 1 + random.Next(2 * gap - 1);
            lastSerial[key] = serial;
            Origins[k] = origin;
            Created[k] = created;
            Serials[k] = serial;
            Ids[k] = $"{created.Year % 100:D2}{origin.Station}{serial}";
            HasSecondVersion[k] = random.Chance(options.VersionShare);
            ByPost[postIndex[origin]].Add(k);
        }
        IdSet = new HashSet<string>(Ids, StringComparer.Ordinal);
    }

    private static double YearWeight(int year) => year switch
    {
        < 1990 => 0.05,
        < 2000 => 0.1,
        2000 => 0.3,
        2001 => 0.4,
        2002 => 0.6,
        2003 => 1.1,
        2004 => 2.5,
        2005 => 6,
        2006 => 12,
        2007 => 16,
        2008 => 21,
        2009 => 24,
        _ => 2.5,
    };
}
