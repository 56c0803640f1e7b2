using System.Globalization;
using Chancery.Archive;
using Chancery.Cables;

namespace Chancery.Web.Api;

/// <summary>The search answer, the same JSON as <c>chancery search --json</c> (contracts/archive.md).</summary>
/// <param name="Total">Every visible match, not only this page.</param>
/// <param name="Page">This page's number.</param>
/// <param name="PageSize">Results per page.</param>
/// <param name="Results">This page.</param>
/// <param name="Facets">Counts over every visible match.</param>
public sealed record SearchResponse(long Total, int Page, int PageSize, IReadOnlyList<SearchResultJson> Results, FacetsJson Facets)
{
    internal static SearchResponse From(SearchResults results, SearchRequest request) => new(
        results.Total,
        request.Page,
        request.Limit,
        results.Results.Select(SearchResultJson.From).ToList(),
        FacetsJson.From(results.Facets));
}

/// <summary>One search result.</summary>
/// <param name="ReferenceId">Canonical reference id, e.g. <c>06ASTANA38</c>.</param>
/// <param name="Created">Date-time group as UTC ISO 8601, or null.</param>
/// <param name="Origin">Originating post.</param>
/// <param name="Classification">Overall classification (<c>SECRET</c>), or null.</param>
/// <param name="Subject">Subject line.</param>
/// <param name="Snippet">Plain text around the best match.</param>
/// <param name="Highlights">Character ranges of the snippet that matched the query's words.</param>
/// <param name="Tags">TAGS.</param>
/// <param name="Captions">Captions.</param>
public sealed record SearchResultJson(
    string ReferenceId,
    string? Created,
    string? Origin,
    string? Classification,
    string? Subject,
    string Snippet,
    IReadOnlyList<HighlightJson> Highlights,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Captions)
{
    internal static SearchResultJson From(SearchHit hit) => new(
        hit.ReferenceId,
        ApiFormat.Date(hit.Created),
        hit.Origin,
        hit.Classification is { } c ? Names.Of(c) : null,
        hit.Subject,
        hit.Snippet,
        hit.Highlights.Select(h => new HighlightJson(h.Start, h.Length)).ToList(),
        hit.Tags,
        hit.Captions);
}

/// <summary>A highlighted range of a snippet.</summary>
/// <param name="Start">First character (UTF-16 code units).</param>
/// <param name="Length">Number of characters.</param>
public sealed record HighlightJson(int Start, int Length);

/// <summary>A value and how many cables have it.</summary>
/// <param name="Value">The value.</param>
/// <param name="Count">Number of cables.</param>
public sealed record CountJson(string Value, long Count);

/// <summary>Facet counts over every visible match.</summary>
/// <param name="Tags">TAGS, most frequent first.</param>
/// <param name="Origins">Originating posts, most frequent first.</param>
/// <param name="Classifications">Classifications, most frequent first.</param>
/// <param name="Captions">Captions, most frequent first.</param>
/// <param name="Months">Months (<c>2006-04</c>) in time order.</param>
/// <param name="Years">Years in time order.</param>
public sealed record FacetsJson(
    IReadOnlyList<CountJson> Tags,
    IReadOnlyList<CountJson> Origins,
    IReadOnlyList<CountJson> Classifications,
    IReadOnlyList<CountJson> Captions,
    IReadOnlyList<CountJson> Months,
    IReadOnlyList<CountJson> Years)
{
    internal static FacetsJson From(SearchFacets f) => new(
        Rows(f.Tags), Rows(f.Origins), Rows(f.Classifications), Rows(f.Captions), Rows(f.Months), Rows(f.Years));

    internal static IReadOnlyList<CountJson> Rows(IReadOnlyList<CountRow> rows) => rows.Select(r => new CountJson(r.Value, r.Count)).ToList();
}

/// <summary>A cable's references, as <c>chancery refs --json</c>.</summary>
/// <param name="References">Cited cables in the archive, in REF order.</param>
/// <param name="CitedBy">Cables in the archive that cite this one, oldest first.</param>
/// <param name="Dangling">Cited ids not in the archive.</param>
public sealed record RefsResponse(IReadOnlyList<string> References, IReadOnlyList<string> CitedBy, IReadOnlyList<string> Dangling);

/// <summary>One stored version of a cable.</summary>
/// <param name="Number">1-based, in the order seen.</param>
/// <param name="StoredAt">When it was first stored (UTC ISO 8601).</param>
/// <param name="Source">Where it came from.</param>
/// <param name="Characters">Length of the raw text.</param>
/// <param name="Text">The raw text.</param>
public sealed record VersionJson(int Number, string StoredAt, string Source, int Characters, string Text);

/// <summary>Counts grouped by one dimension.</summary>
/// <param name="By">The dimension: origin, tag, classification, caption, month or year.</param>
/// <param name="Query">The query the counts are restricted to ("" for all).</param>
/// <param name="Rows">Value and count, largest first (months and years in time order).</param>
public sealed record StatsResponse(string By, string Query, IReadOnlyList<CountJson> Rows);

/// <summary>A TAG with its meaning and how many cables carry it.</summary>
/// <param name="Tag">The TAG.</param>
/// <param name="Kind">subject, program, geographic or organization; null when not in the directory.</param>
/// <param name="Meaning">What it stands for, when known.</param>
/// <param name="Count">Cables carrying it.</param>
public sealed record TagJson(string Tag, string? Kind, string? Meaning, long Count);

/// <summary>An originating post with its name and how many cables it sent.</summary>
/// <param name="Station">The station as reference ids spell it.</param>
/// <param name="Name">Its human name when known (<c>Embassy Astana</c>).</param>
/// <param name="Count">Cables in the archive from it.</param>
public sealed record StationJson(string Station, string? Name, long Count);

/// <summary>Archive sizes and health.</summary>
/// <param name="Status">healthy.</param>
/// <param name="Archive">The store's description.</param>
/// <param name="Cables">Distinct cables (omitted once the archive has users, except for administrators).</param>
/// <param name="Versions">Versions over all cables (likewise).</param>
/// <param name="Search">"warming" while the server prepares its search structures after starting (searches work, slower), then "ready".</param>
public sealed record HealthResponse(
    string Status,
    string Archive,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] long? Cables,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] long? Versions,
    string Search);

internal static class ApiFormat
{
    public static string? Date(DateTime? value) =>
        value?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
