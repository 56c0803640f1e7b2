using Chancery.Archive.Query;
using Chancery.Cables;

namespace Chancery.Archive.Tests.Contract;

/// <summary>Short builders for query trees, so the suite does not depend on the parser.</summary>
internal static class Q
{
    public static QueryNode W(string word) => new TermNode(word);
    public static QueryNode Prefix(string word) => new TermNode(word, Prefix: true);
    public static QueryNode Subject(string word) => new TermNode(word, Scope: TextScope.Subject);
    public static QueryNode Phrase(params string[] words) => new PhraseNode([.. words]);
    public static QueryNode And(params QueryNode[] parts) => new AndNode([.. parts]);
    public static QueryNode Or(params QueryNode[] parts) => new OrNode([.. parts]);
    public static QueryNode Not(QueryNode part) => new NotNode(part);
    public static QueryNode Tag(string value) => new FilterNode(FilterField.Tag, value);
    public static QueryNode Origin(string value) => new FilterNode(FilterField.Origin, value);
    public static QueryNode Caption(string value) => new FilterNode(FilterField.Caption, value);
    public static QueryNode To(string value) => new FilterNode(FilterField.Addressee, value);
    public static QueryNode Ref(string value) => new FilterNode(FilterField.Reference, value);
    public static QueryNode Id(string value) => new FilterNode(FilterField.Id, value);
    public static QueryNode Class(Classification value) => new ClassificationNode(value);

    public static QueryNode Dates(string? from, string? until) => new DateRangeNode(
        from is null ? null : DateTime.SpecifyKind(DateTime.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc),
        until is null ? null : DateTime.SpecifyKind(DateTime.Parse(until, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc));
}
