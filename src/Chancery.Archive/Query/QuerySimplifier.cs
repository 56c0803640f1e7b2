using Chancery.Cables;

namespace Chancery.Archive.Query;

/// <summary>
/// Puts a query tree into the normal form the parser returns, so that equal queries compare equal and
/// <c>Parse(Print(q)) == q</c>: nested AND/OR flattened, duplicates and <see cref="AllNode"/> parts dropped,
/// double negation removed, the date ranges of one AND merged into one, and every negation placed inside an AND
/// that has something positive to subtract from (<c>-tag:PREL</c> becomes <c>* AND NOT tag:PREL</c>).
/// </summary>
public static class QuerySimplifier
{
    /// <summary>The normal form of <paramref name="query"/>.</summary>
    public static QueryNode Simplify(QueryNode query) => Anchor(Reduce(query));

    /// <summary>Normal form without the negation anchoring.</summary>
    private static QueryNode Reduce(QueryNode node) => node switch
    {
        AndNode and => ReduceAnd(and.Parts.Select(Reduce)),
        OrNode or => ReduceOr(or.Parts.Select(Reduce)),
        NotNode not => Reduce(not.Part) is NotNode inner ? inner.Part : new NotNode(Reduce(not.Part)),
        DateRangeNode { From: null, Until: null } => AllNode.Instance,
        PhraseNode { Words.Count: 1 } phrase => new TermNode(phrase.Words[0], false, phrase.Scope),
        _ => node,
    };

    private static QueryNode ReduceAnd(IEnumerable<QueryNode> reduced)
    {
        var parts = new List<QueryNode>();
        DateRangeNode? dates = null;
        var datesAt = -1;
        foreach (var part in reduced.SelectMany(p => p is AndNode a ? a.Parts : [p]))
        {
            if (part is AllNode) continue;
            if (part is DateRangeNode range)
            {
                if (dates is null) datesAt = parts.Count;
                dates = dates is null ? range : new DateRangeNode(Later(dates.From, range.From), Earlier(dates.Until, range.Until));
                continue;
            }
            if (!parts.Contains(part)) parts.Add(part);
        }
        if (dates is not null) parts.Insert(datesAt, dates);
        return parts.Count switch
        {
            0 => AllNode.Instance,
            1 => parts[0],
            _ => new AndNode(parts.ToEquatableList()),
        };
    }

    private static QueryNode ReduceOr(IEnumerable<QueryNode> reduced)
    {
        var parts = new List<QueryNode>();
        foreach (var part in reduced.SelectMany(p => p is OrNode o ? o.Parts : [p]))
        {
            if (part is AllNode) return AllNode.Instance;
            if (!parts.Contains(part)) parts.Add(part);
        }
        return parts.Count == 1 ? parts[0] : new OrNode(parts.ToEquatableList());
    }

    /// <summary>Gives every negation something to subtract from: an AND of negations only starts with <see cref="AllNode"/>.</summary>
    private static QueryNode Anchor(QueryNode node) => node switch
    {
        AndNode and => AnchorAnd(and),
        OrNode or => new OrNode(or.Parts.Select(Anchor).ToEquatableList()),
        NotNode not => new AndNode([AllNode.Instance, new NotNode(Anchor(not.Part))]),
        _ => node,
    };

    private static AndNode AnchorAnd(AndNode and)
    {
        var parts = and.Parts.Select(p => p is NotNode not ? new NotNode(Anchor(not.Part)) : Anchor(p)).ToList();
        if (parts.All(p => p is NotNode)) parts.Insert(0, AllNode.Instance);
        return new AndNode(parts.ToEquatableList());
    }

    private static DateTime? Later(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateTime? Earlier(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
