using Chancery.Archive.Query;
using Chancery.Cables;

namespace Chancery.Archive.Tests.Query;

/// <summary>Short builders for expected query trees.</summary>
internal static class Q
{
    public static TermNode T(string word) => new(word);

    public static TermNode Prefix(string word) => new(word, true);

    public static TermNode S(string word) => new(word, false, TextScope.Subject);

    public static PhraseNode P(params string[] words) => new([.. words]);

    public static AndNode And(params QueryNode[] parts) => new([.. parts]);

    public static OrNode Or(params QueryNode[] parts) => new([.. parts]);

    public static NotNode Not(QueryNode part) => new(part);

    /// <summary>A negation as the parser anchors it when nothing positive stands beside it.</summary>
    public static AndNode Only(params QueryNode[] negated) => new([AllNode.Instance, .. negated.Select(n => (QueryNode)new NotNode(n))]);

    public static FilterNode Tag(string value) => new(FilterField.Tag, value);

    public static FilterNode Origin(string value) => new(FilterField.Origin, value);

    public static FilterNode Caption(string value) => new(FilterField.Caption, value);

    public static FilterNode To(string value) => new(FilterField.Addressee, value);

    public static FilterNode Ref(string value) => new(FilterField.Reference, value);

    public static FilterNode Id(string value) => new(FilterField.Id, value);

    public static ClassificationNode Class(Classification level) => new(level);

    public static DateTime D(int year, int month = 1, int day = 1) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);

    public static DateRangeNode Dates(DateTime? from, DateTime? until) => new(from, until);

    /// <summary>The tree <paramref name="text"/> parses to; fails the test with the error when it does not parse.</summary>
    public static QueryNode Parsed(string text)
    {
        var result = QueryParser.Parse(text);
        Assert.True(result.Succeeded, $"'{text}' did not parse: {result.Error}");
        return result.Query!;
    }
}
