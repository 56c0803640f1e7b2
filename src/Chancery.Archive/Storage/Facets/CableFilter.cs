using Chancery.Archive.Query;

namespace Chancery.Archive.Storage.Facets;

/// <summary>
/// A query without words, evaluated per cable row id over the facet index, with SQL's three-valued logic so that it
/// agrees with the stores' SQL exactly: a comparison with a missing value (no origin, no classification, no date) is
/// unknown, NOT of unknown is unknown, and only a true result is a match.
/// </summary>
internal sealed class CableFilter
{
    private readonly Func<long, bool?> _test;

    private CableFilter(Func<long, bool?> test) => _test = test;

    /// <summary>True when cable row <paramref name="id"/> matches.</summary>
    public bool Matches(long id) => _test(id) == true;

    /// <summary>
    /// The filter of <paramref name="query"/>, or null when it has parts the index cannot answer (words and phrases).
    /// <paramref name="rowsOf"/> gives the cable row ids of a filter the index does not hold (addressee, reference, id).
    /// </summary>
    public static CableFilter? For(QueryNode? query, FacetIndex index, Func<FilterNode, IReadOnlySet<long>> rowsOf) =>
        Compile(query ?? AllNode.Instance, index, rowsOf) is { } test ? new CableFilter(test) : null;

    private static Func<long, bool?>? Compile(QueryNode node, FacetIndex index, Func<FilterNode, IReadOnlySet<long>> rowsOf)
    {
        switch (node)
        {
            case AllNode:
                return _ => true;
            case AndNode and:
                {
                    var parts = and.Parts.Select(p => Compile(p, index, rowsOf)).ToList();
                    if (parts.Any(p => p is null)) return null;
                    return id =>
                    {
                        bool? result = true;
                        foreach (var part in parts)
                        {
                            var value = part!(id);
                            if (value == false) return false;
                            if (value is null) result = null;
                        }
                        return result;
                    };
                }
            case OrNode or:
                {
                    var parts = or.Parts.Select(p => Compile(p, index, rowsOf)).ToList();
                    if (parts.Any(p => p is null)) return null;
                    return id =>
                    {
                        bool? result = false;
                        foreach (var part in parts)
                        {
                            var value = part!(id);
                            if (value == true) return true;
                            if (value is null) result = null;
                        }
                        return result;
                    };
                }
            case NotNode not:
                {
                    var part = Compile(not.Part, index, rowsOf);
                    if (part is null) return null;
                    return id => !part(id);
                }
            case ClassificationNode c:
                {
                    var level = (int)c.Classification;
                    return id => index.ClassificationOf(id) is var l && l < 0 ? null : l == level;
                }
            case DateRangeNode range:
                {
                    long? from = range.From is { } f ? Ticks(f) : null;
                    long? until = range.Until is { } u ? Ticks(u) : null;
                    if (from is null && until is null) return id => index.CreatedTicks(id) != FacetIndex.NoDate;
                    return id =>
                    {
                        var created = index.CreatedTicks(id);
                        if (created == FacetIndex.NoDate) return null;
                        return (from is null || created >= from) && (until is null || created < until);
                    };
                }
            case FilterNode filter:
                return filter.Field switch
                {
                    FilterField.Tag => HasCode(index.TagCode(filter.Value), index.HasTag),
                    FilterField.Caption => HasCode(index.CaptionCode(filter.Value), index.HasCaption),
                    FilterField.Addressee => HasCode(index.AddresseeCode(filter.Value), index.HasAddressee),
                    FilterField.Origin => Origin(index, index.OriginCode(filter.Value)),
                    _ => InSet(rowsOf(filter)),
                };
            default:
                return null; // words and phrases
        }
    }

    private static Func<long, bool?> HasCode(int code, Func<long, int, bool> has) =>
        code < 0 ? _ => false : id => has(id, code);

    private static Func<long, bool?> Origin(FacetIndex index, int code) => id =>
    {
        var origin = index.OriginOf(id);
        return origin < 0 ? null : origin == code;
    };

    private static Func<long, bool?> InSet(IReadOnlySet<long> rows) => id => rows.Contains(id);

    /// <summary>A bound as the stores compare it: the stored date text of the bound, parsed like stored dates.</summary>
    private static long Ticks(DateTime bound) => CableDocument.ParseDate(CableDocument.FormatDate(bound))!.Value.Ticks;
}
