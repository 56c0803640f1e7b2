using Chancery.Archive.Query;
using Chancery.Cables;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Chancery.Archive.Tests.Query;

/// <summary>A query tree in normal form (as the parser returns them).</summary>
public sealed record NormalQuery(QueryNode Value)
{
    public override string ToString() => QueryPrinter.Print(Value);
}

/// <summary>Query text made of the language's own pieces, valid or not.</summary>
public sealed record QueryishText(string Value)
{
    public override string ToString() => Value;
}

/// <summary>FsCheck generators for query trees and query-like text.</summary>
public static class QueryArbitraries
{
    private static readonly string[] Words = ["oil", "gas", "pipeline", "minister", "2006", "a1", "kazakhstan", "societe", "x", "trafficking", "москва"];
    private static readonly string[] FilterValues = ["PREL", "PGOV", "KZ", "ADB-1", "SIPDIS", "NOFORN", "RUEHC", "SECSTATE WASHDC", "OVIP (RICE, C.)", "2006", "A:B"];
    private static readonly string[] Ids = ["06ASTANA38", "05ALMATY1450", "09STATE123456", "75LIBREVILLE1895"];

    public static Arbitrary<NormalQuery> Normal() =>
        Gen.Sized(size => Node(Math.Min(size, 9) / 3))
            .Select(q => new NormalQuery(QuerySimplifier.Simplify(q)))
            .ToArbitrary();

    public static Arbitrary<QueryishText> Queryish() =>
        Gen.Elements(
                "oil", "\"", "(", ")", " ", " ", "AND", "OR", "NOT", "-", "*", ":", "tag:", "subject:", "from:", "to:", "class:",
                "id:", "colour:", "2006-01", "2006-13", "SECRET", "é", "\t", "post-soviet", "pipe*", "\"oil gas\"", "ref:06ASTANA38", "\u0301", "\uD800")
            .ListOf()
            .Select(parts => new QueryishText(string.Concat(parts)))
            .ToArbitrary();

    private static Gen<QueryNode> Node(int depth) =>
        depth <= 0
            ? Leaf()
            : Gen.Frequency(
                (3, Leaf()),
                (2, Gen.Choose(2, 4).SelectMany(n => Node(depth - 1).ListOf(n)).Select(l => (QueryNode)new AndNode([.. l]))),
                (2, Gen.Choose(2, 4).SelectMany(n => Node(depth - 1).ListOf(n)).Select(l => (QueryNode)new OrNode([.. l]))),
                (1, Node(depth - 1).Select(n => (QueryNode)new NotNode(n))));

    private static Gen<QueryNode> Leaf() =>
        Gen.OneOf(
            from word in Gen.Elements(Words)
            from prefix in Gen.Elements(false, false, true)
            from scope in Gen.Elements(TextScope.Any, TextScope.Any, TextScope.Subject)
            select (QueryNode)new TermNode(word, prefix && word.Length >= 2, scope),
            from words in Gen.Choose(2, 4).SelectMany(n => Gen.Elements(Words).ListOf(n))
            from scope in Gen.Elements(TextScope.Any, TextScope.Subject)
            select (QueryNode)new PhraseNode([.. words], scope),
            from field in Gen.Elements(FilterField.Tag, FilterField.Caption, FilterField.Addressee)
            from value in Gen.Elements(FilterValues)
            select (QueryNode)new FilterNode(field, value),
            from field in Gen.Elements(FilterField.Reference, FilterField.Id, FilterField.Origin)
            from id in Gen.Elements(Ids)
            select (QueryNode)new FilterNode(field, field == FilterField.Origin ? id[2..^2].TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9') : id),
            Gen.Elements(Enum.GetValues<Classification>()).Select(c => (QueryNode)new ClassificationNode(c)),
            from start in MaybeDay()
            from until in MaybeDay()
            select (QueryNode)new DateRangeNode(start, until),
            Gen.Constant((QueryNode)AllNode.Instance));

    private static Gen<DateTime?> MaybeDay() =>
        Gen.Frequency((1, Gen.Constant<DateTime?>(null)), (2, Day().Select(d => (DateTime?)d)));

    private static Gen<DateTime> Day() =>
        from offset in Gen.Choose(0, 198 * 365)
        from shape in Gen.Choose(0, 2)
        let day = new DateTime(1901, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(offset)
        select (shape switch { 0 => new DateTime(day.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc), 1 => new DateTime(day.Year, day.Month, 1, 0, 0, 0, DateTimeKind.Utc), _ => day });
}

public class QueryProperties
{
    [Property(MaxTest = 2000)]
    public void ParseNeverThrowsOnAnyString(string text)
    {
        var result = QueryParser.Parse(text);
        Assert.True(result.Succeeded ^ (result.Error is not null));
        Assert.NotEqual(QueryParser.InternalErrorMessage, result.Error?.Message);
    }

    [Property(Arbitrary = [typeof(QueryArbitraries)], MaxTest = 3000)]
    public void ParseNeverFailsInternallyOnQueryLikeText(QueryishText text)
    {
        var result = QueryParser.Parse(text.Value);
        Assert.NotEqual(QueryParser.InternalErrorMessage, result.Error?.Message);
        if (result.Error is { } error) Assert.InRange(error.Position, 0, text.Value.Length);
        if (result.Query is { } query) Assert.Equal(query, QueryParser.Parse(QueryPrinter.Print(query)).Query);
    }

    [Property(Arbitrary = [typeof(QueryArbitraries)], MaxTest = 1000)]
    public void PrintThenParseGivesTheTreeBack(NormalQuery query)
    {
        var printed = QueryPrinter.Print(query.Value);
        var parsed = QueryParser.Parse(printed);
        Assert.True(parsed.Succeeded, $"{printed}: {parsed.Error}");
        Assert.Equal(query.Value, parsed.Query);
    }

    [Property(Arbitrary = [typeof(QueryArbitraries)], MaxTest = 500)]
    public void SimplifyingTwiceChangesNothing(NormalQuery query) =>
        Assert.Equal(query.Value, QuerySimplifier.Simplify(query.Value));
}
