namespace Chancery.Archive.Query;

/// <summary>The field prefixes of the query language.</summary>
internal enum QueryField
{
    Subject,
    Tag,
    Origin,
    Caption,
    Class,
    From,
    To,
    Ref,
    Id,
}

/// <summary>Field names and how each turns a value into a query part.</summary>
internal static class QueryFields
{
    /// <summary>The names users may type, lower case.</summary>
    public static readonly IReadOnlyList<string> Names = ["subject", "tag", "origin", "caption", "class", "from", "to", "ref", "id"];

    /// <summary>The field a name stands for, ignoring case.</summary>
    public static bool TryGet(string name, out QueryField field) =>
        Enum.TryParse(name, ignoreCase: true, out field) && Enum.IsDefined(field) && !name.Any(char.IsDigit);

    /// <summary>
    /// The query part for <c>field:value</c> (any field but <c>subject:</c>, whose values are text).
    /// A quoted <c>to:</c> value is always an addressee; a bare one that looks like a date is a date.
    /// </summary>
    /// <exception cref="QuerySyntaxException">When the value does not suit the field.</exception>
    public static QueryNode Make(QueryField field, string raw, bool quoted, int position)
    {
        var value = Collapse(raw);
        if (value.Length == 0) throw new QuerySyntaxException(position, $"{Name(field)}: needs a value");
        switch (field)
        {
            case QueryField.Tag:
                return new FilterNode(FilterField.Tag, value);
            case QueryField.Caption:
                return new FilterNode(FilterField.Caption, value);
            case QueryField.Origin:
                return new FilterNode(FilterField.Origin, ReferenceIdText.Station(value));
            case QueryField.Class:
                return ClassificationText.Parse(value) is { } level
                    ? new ClassificationNode(level)
                    : throw new QuerySyntaxException(position,
                        $"unknown classification '{raw.Trim()}' (use UNCLASSIFIED, LIMITED OFFICIAL USE, CONFIDENTIAL, SECRET or TOP SECRET)");
            case QueryField.From:
                return new DateRangeNode(Period(value, position).Start, null);
            case QueryField.To when !quoted && QueryDates.LooksLikeDate(value):
                return new DateRangeNode(null, Period(value, position).End);
            case QueryField.To:
                return new FilterNode(FilterField.Addressee, value);
            case QueryField.Ref:
            case QueryField.Id:
                var id = ReferenceIdText.Canonical(value)
                    ?? throw new QuerySyntaxException(position, $"'{raw.Trim()}' is not a reference id (year, station and serial, e.g. 06ASTANA38)");
                return new FilterNode(field == QueryField.Ref ? FilterField.Reference : FilterField.Id, id);
            default:
                throw new QuerySyntaxException(position, $"{Name(field)}: takes words");
        }
    }

    /// <summary>The field's name as users write it.</summary>
    public static string Name(QueryField field) => Names[(int)field];

    private static (DateTime Start, DateTime End) Period(string value, int position) =>
        QueryDates.TryParsePeriod(value, out var start, out var end)
            ? (start, end)
            : throw new QuerySyntaxException(position,
                $"bad date '{value}' (use YYYY, YYYY-MM or YYYY-MM-DD, years {QueryDates.MinYear}-{QueryDates.MaxYear})");

    /// <summary>Upper case, whitespace runs as one space, trimmed.</summary>
    private static string Collapse(string raw) =>
        string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
