using Chancery.Cables;

namespace Chancery.Archive.Storage.Facets;

/// <summary>Collects rows (cables, then their tags and captions in any order) and builds a <see cref="FacetIndex"/>.</summary>
internal sealed class FacetIndexBuilder(long generation)
{
    private readonly List<(long Id, string ReferenceId, string? Created, string? Origin, int? Classification)> _cables = [];
    private readonly List<(long Id, string Value)> _tags = [];
    private readonly List<(long Id, string Value)> _captions = [];
    private readonly List<(long Id, int Restricted, string? DeclDate)> _release = [];
    private readonly List<(long Id, long Cable, int Mask, int FullMask, bool IsFull)> _views = [];
    private List<(long Id, int Tokens)>? _viewTokens;
    private readonly Codes _addresseeCodes = new();
    private readonly List<(long Id, int Code)> _addressees = [];

    /// <summary>Adds a cable row; <paramref name="created"/> is the stored date text (<see cref="CableDocument.FormatDate"/>).</summary>
    public void AddCable(long id, string referenceId, string? created, string? origin, int? classification) =>
        _cables.Add((id, referenceId, created, origin, classification));

    /// <summary>Adds the release columns of a cable row: its restricted-caption bits and stored DECL date.</summary>
    public void AddRelease(long id, int restricted, string? declDate) => _release.Add((id, restricted, declDate));

    /// <summary>Adds a view row: its cable, the reader types it serves, the reader types of the full text, whether it is full.</summary>
    public void AddView(long id, long cable, int mask, int fullMask, bool isFull) => _views.Add((id, cable, mask, fullMask, isFull));

    /// <summary>Adds the size in tokens of a view's indexed text (all columns together).</summary>
    public void AddViewTokens(long id, int tokens) => (_viewTokens ??= []).Add((id, tokens));

    /// <summary>Adds one tag of a cable (in the cable's order).</summary>
    public void AddTag(long id, string tag) => _tags.Add((id, tag));

    /// <summary>Adds one addressee (routing indicator or address, as stored) of a cable.</summary>
    public void AddAddressee(long id, string address) => _addressees.Add((id, _addresseeCodes.Of(address)));

    /// <summary>Adds one caption of a cable (in the cable's order).</summary>
    public void AddCaption(long id, string caption) => _captions.Add((id, caption));

    /// <summary>Builds the index.</summary>
    public FacetIndex Build()
    {
        var capacity = (int)(_cables.Count == 0 ? 1 : _cables.Max(c => c.Id) + 1);
        var referenceIds = new string?[capacity];
        var created = new long[capacity];
        Array.Fill(created, FacetIndex.NoDate);
        var origin = Filled(capacity);
        var classification = new sbyte[capacity];
        Array.Fill(classification, (sbyte)-1);
        var month = Filled(capacity);
        var year = Filled(capacity);
        var origins = new Codes();
        var months = new Codes();
        var years = new Codes();
        foreach (var (id, referenceId, date, post, level) in _cables)
        {
            referenceIds[id] = referenceId;
            if (post is not null) origin[id] = origins.Of(post);
            if (level is { } l && l >= 0 && l <= (int)Classification.TopSecret) classification[id] = (sbyte)l;
            if (date is null) continue;
            if (CableDocument.ParseDate(date) is { } when) created[id] = when.Ticks;
            if (date.Length >= 7) month[id] = months.Of(date[..7]);
            if (date.Length >= 4) year[id] = years.Of(date[..4]);
        }
        return new FacetIndex(Generation, referenceIds, created, origin, classification, month, year,
            Lists(_tags, capacity), Lists(_captions, capacity), origins.Names, months.Names, years.Names, BuildRelease(capacity), BuildViewTokens(),
            CodedLists(_addressees, _addresseeCodes.Names, capacity));
    }

    private ReleaseColumns BuildRelease(int capacity)
    {
        var restricted = new int[capacity];
        var declDate = new string?[capacity];
        foreach (var (id, bits, date) in _release)
        {
            if (id >= capacity) continue;
            restricted[id] = bits;
            declDate[id] = date;
        }
        var views = (int)(_views.Count == 0 ? 1 : _views.Max(v => v.Id) + 1);
        var viewCable = new int[views];
        Array.Fill(viewCable, -1);
        var mask = new ushort[views];
        var fullMask = new ushort[views];
        var isFull = new bool[views];
        foreach (var (id, cable, m, full, whole) in _views)
        {
            // A view of a cable the index does not hold (stored after the cables were read) stays unknown.
            if (cable >= capacity) continue;
            viewCable[id] = (int)cable;
            mask[id] = (ushort)m;
            fullMask[id] = (ushort)full;
            isFull[id] = whole;
        }
        return new ReleaseColumns(viewCable, mask, fullMask, isFull, restricted, declDate);
    }

    private int[]? BuildViewTokens()
    {
        if (_viewTokens is null) return null;
        var tokens = new int[_viewTokens.Count == 0 ? 1 : _viewTokens.Max(v => v.Id) + 1];
        Array.Fill(tokens, -1);
        foreach (var (id, count) in _viewTokens)
            if (id >= 0) tokens[id] = count;
        return tokens;
    }

    /// <summary>The generation the rows were read at.</summary>
    public long Generation { get; } = generation;

    private static int[] Filled(int capacity)
    {
        var column = new int[capacity];
        Array.Fill(column, -1);
        return column;
    }

    private static ValueLists CodedLists(List<(long Id, int Code)> rows, string[] names, int capacity)
    {
        var starts = new int[capacity + 1];
        foreach (var (id, _) in rows)
            if (id < capacity) starts[id + 1]++;
        for (var i = 1; i < starts.Length; i++) starts[i] += starts[i - 1];
        var next = (int[])starts.Clone();
        var values = new int[starts[^1]];
        foreach (var (id, code) in rows)
            if (id < capacity) values[next[id]++] = code;
        return new ValueLists(starts, values, names);
    }

    private static ValueLists Lists(List<(long Id, string Value)> rows, int capacity)
    {
        var codes = new Codes();
        var coded = rows.ConvertAll(row => (row.Id, codes.Of(row.Value)));
        return CodedLists(coded, codes.Names, capacity);
    }

    private sealed class Codes
    {
        private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
        private readonly List<string> _names = [];

        public int Of(string value)
        {
            if (_codes.TryGetValue(value, out var code)) return code;
            _codes.Add(value, _names.Count);
            _names.Add(value);
            return _names.Count - 1;
        }

        public string[] Names => [.. _names];
    }
}
