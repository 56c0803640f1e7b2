using Chancery.Cables;

namespace Chancery.Archive.Storage.Facets;

/// <summary>
/// The facet dimensions of every stored cable as in-memory columns indexed by the store's row id, so facet counts,
/// statistics and result ordering over a large hit set cost a pass over arrays instead of a join per hit. Which rows
/// are hits (need-to-know included) is always decided by the store's query; this only counts and orders them.
/// Immutable; a store builds a new one for each <see cref="Generation"/> of its data.
/// </summary>
internal sealed class FacetIndex
{
    private readonly string?[] _referenceIds;
    private readonly long[] _created;
    private readonly int[] _origin;
    private readonly sbyte[] _classification;
    private readonly int[] _month;
    private readonly int[] _year;
    private readonly ValueLists _tags;
    private readonly ValueLists _captions;
    private readonly ValueLists _addressees;
    private readonly string[] _origins;
    private readonly string[] _months;
    private readonly string[] _years;

    internal FacetIndex(long generation, string?[] referenceIds, long[] created, int[] origin, sbyte[] classification,
        int[] month, int[] year, ValueLists tags, ValueLists captions, string[] origins, string[] months, string[] years,
        ReleaseColumns release, int[]? viewTokens, ValueLists addressees)
    {
        _addressees = addressees;
        Release = release;
        ViewTokens = viewTokens;
        Generation = generation;
        _referenceIds = referenceIds;
        _created = created;
        _origin = origin;
        _classification = classification;
        _month = month;
        _year = year;
        _tags = tags;
        _captions = captions;
        _origins = origins;
        _months = months;
        _years = years;
    }

    /// <summary>The store's data generation this index describes (it is used only while the store is at it).</summary>
    public long Generation { get; }

    /// <summary>How many row ids the columns cover (ids at or above it are unknown).</summary>
    public int Capacity => _referenceIds.Length;

    /// <summary>
    /// Each view's full-text size in tokens over all columns, by view row id (-1 where unknown), or null when the
    /// store could not read them: full-text ranking takes document lengths from here instead of a lookup per match.
    /// </summary>
    public int[]? ViewTokens { get; }

    /// <summary>The release columns of the views and cables of this generation.</summary>
    public ReleaseColumns Release { get; }

    /// <summary>The code of a tag value (as <see cref="HasTag"/> takes it), or -1 when no cable carries it.</summary>
    public int TagCode(string tag) => Array.IndexOf(_tags.Names, tag);

    /// <summary>True when cable row <paramref name="id"/> carries the tag of <paramref name="code"/>.</summary>
    public bool HasTag(long id, int code) => Known(id) && _tags.Of(id).Contains(code);

    /// <summary>The code of a caption value, or -1 when no cable carries it.</summary>
    public int CaptionCode(string caption) => Array.IndexOf(_captions.Names, caption);

    /// <summary>True when cable row <paramref name="id"/> carries the caption of <paramref name="code"/>.</summary>
    public bool HasCaption(long id, int code) => Known(id) && _captions.Of(id).Contains(code);

    /// <summary>The code of an addressee (as stored), or -1 when no cable is addressed to it.</summary>
    public int AddresseeCode(string address) => Array.IndexOf(_addressees.Names, address);

    /// <summary>True when cable row <paramref name="id"/> is addressed to the addressee of <paramref name="code"/>.</summary>
    public bool HasAddressee(long id, int code) => Known(id) && _addressees.Of(id).Contains(code);

    /// <summary>The code of an origin value, or -1 when no cable has it.</summary>
    public int OriginCode(string origin) => Array.IndexOf(_origins, origin);

    /// <summary>The origin code of cable row <paramref name="id"/>, or -1 when it has none.</summary>
    public int OriginOf(long id) => Known(id) ? _origin[id] : -1;

    /// <summary>The classification level of cable row <paramref name="id"/>, or -1 when it has none.</summary>
    public int ClassificationOf(long id) => Known(id) ? _classification[id] : -1;

    /// <summary>Marks "no date" in <see cref="CreatedTicks"/>.</summary>
    public const long NoDate = long.MinValue;

    /// <summary>The reference id of a row, or null for an unknown row.</summary>
    public string? ReferenceId(long id) => Known(id) ? _referenceIds[id] : null;

    /// <summary>The date-time group of a row in ticks, or <see cref="NoDate"/>.</summary>
    public long CreatedTicks(long id) => Known(id) ? _created[id] : NoDate;

    /// <summary>Facet counts over <paramref name="ids"/>, each facet cut to <paramref name="limit"/> values (months and years never).</summary>
    public SearchFacets Count(ReadOnlySpan<long> ids, int limit) => new(
        Group(StatsDimension.Tag, ids, limit),
        Group(StatsDimension.Origin, ids, limit),
        Group(StatsDimension.Classification, ids, limit),
        Group(StatsDimension.Caption, ids, limit),
        Group(StatsDimension.Year, ids, null),
        Group(StatsDimension.Month, ids, null));

    /// <summary>
    /// Counts <paramref name="ids"/> by one dimension: largest first with ties by value (classifications by level),
    /// years and months in time order; rows without a value are not counted. The same order as the stores' SQL.
    /// </summary>
    public IReadOnlyList<CountRow> Group(StatsDimension by, ReadOnlySpan<long> ids, int? limit)
    {
        switch (by)
        {
            case StatsDimension.Tag: return Ranked(_tags.Names, CountLists(_tags, ids), limit);
            case StatsDimension.Caption: return Ranked(_captions.Names, CountLists(_captions, ids), limit);
            case StatsDimension.Origin: return Ranked(_origins, CountColumn(_origin, _origins.Length, ids), limit);
            case StatsDimension.Month: return InOrder(_months, CountColumn(_month, _months.Length, ids));
            case StatsDimension.Year: return InOrder(_years, CountColumn(_year, _years.Length, ids));
            case StatsDimension.Classification:
                var counts = new long[(int)Classification.TopSecret + 1];
                foreach (var id in ids)
                    if (Known(id) && _classification[id] >= 0) counts[_classification[id]]++;
                var levels = Enumerable.Range(0, counts.Length).Where(l => counts[l] > 0)
                    .OrderByDescending(l => counts[l]).ThenBy(l => l);
                return [.. (limit is { } n ? levels.Take(n) : levels).Select(l => new CountRow(Names.Of((Classification)l), counts[l]))];
            default: throw new ArgumentOutOfRangeException(nameof(by));
        }
    }

    private bool Known(long id) => id >= 0 && id < _referenceIds.Length && _referenceIds[id] is not null;

    private long[] CountColumn(int[] column, int values, ReadOnlySpan<long> ids)
    {
        var counts = new long[values];
        foreach (var id in ids)
            if (Known(id) && column[id] >= 0) counts[column[id]]++;
        return counts;
    }

    private long[] CountLists(ValueLists lists, ReadOnlySpan<long> ids)
    {
        var counts = new long[lists.Names.Length];
        foreach (var id in ids)
            if (Known(id))
                foreach (var code in lists.Of(id)) counts[code]++;
        return counts;
    }

    private static List<CountRow> Ranked(string[] names, long[] counts, int? limit)
    {
        var order = Enumerable.Range(0, counts.Length).Where(i => counts[i] > 0).ToArray();
        Array.Sort(order, (a, b) => counts[a] != counts[b] ? counts[b].CompareTo(counts[a]) : string.CompareOrdinal(names[a], names[b]));
        var take = limit is { } n ? Math.Min(n, order.Length) : order.Length;
        var rows = new List<CountRow>(take);
        for (var i = 0; i < take; i++) rows.Add(new CountRow(names[order[i]], counts[order[i]]));
        return rows;
    }

    private static List<CountRow> InOrder(string[] names, long[] counts)
    {
        var order = Enumerable.Range(0, counts.Length).Where(i => counts[i] > 0).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(names[a], names[b]));
        return [.. order.Select(i => new CountRow(names[i], counts[i]))];
    }
}

/// <summary>Lists of value codes per row id in one array (compressed sparse rows), with the values' names.</summary>
/// <param name="Starts">Where each row's codes start in <paramref name="Codes"/>; one more entry than rows.</param>
/// <param name="Codes">Value codes, row after row.</param>
/// <param name="Names">The value of each code.</param>
internal sealed record ValueLists(int[] Starts, int[] Codes, string[] Names)
{
    /// <summary>The codes of row <paramref name="id"/>.</summary>
    public ReadOnlySpan<int> Of(long id) =>
        id + 1 < Starts.Length ? Codes.AsSpan(Starts[id], Starts[id + 1] - Starts[id]) : [];
}
