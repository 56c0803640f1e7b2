using Chancery.Archive.Query;
using Chancery.Cables;

namespace Chancery.Archive;

/// <summary>A cable on its way into the archive: its raw text as found and what the reader made of it.</summary>
/// <param name="ReferenceId">The canonical reference id (e.g. <c>06ASTANA38</c>); required.</param>
/// <param name="PublishedId">The id as the source published it, when it differs from the canonical one (malformed ids).</param>
/// <param name="RawText">The text as read from the source.</param>
/// <param name="Cable">The parsed cable.</param>
/// <param name="Source">Where it came from (file and line, or record number), for the version history.</param>
public sealed record IncomingCable(string ReferenceId, string? PublishedId, string RawText, Cable Cable, string Source);

/// <summary>What storing one cable did.</summary>
public enum SaveOutcome
{
    /// <summary>A reference id not seen before.</summary>
    Added,
    /// <summary>A known reference id with a text not seen before: a new version.</summary>
    Updated,
    /// <summary>A text already stored for that reference id.</summary>
    Unchanged,
}

/// <summary>A stored cable: its latest version and how many versions exist.</summary>
/// <param name="ReferenceId">The canonical reference id.</param>
/// <param name="PublishedId">The id as published when it differed, else null.</param>
/// <param name="Cable">The parsed form of the latest version.</param>
/// <param name="RawText">The raw text of the latest version.</param>
/// <param name="Version">The latest version's number (1-based).</param>
/// <param name="VersionCount">How many versions are stored.</param>
/// <param name="Release">
/// What the asking principal is shown: portions withheld from them (in portion-release mode; their text is absent from
/// <paramref name="Cable"/> and <paramref name="RawText"/>) and any declassification. Null means everything released.
/// </param>
public sealed record ArchivedCable(string ReferenceId, string? PublishedId, Cable Cable, string RawText, int Version, int VersionCount, Security.ReleaseInfo? Release = null);

/// <summary>One version of a cable.</summary>
/// <param name="Number">1-based, in the order seen.</param>
/// <param name="StoredAt">When this version was first stored (UTC).</param>
/// <param name="Source">Where this version came from.</param>
/// <param name="RawText">The raw text.</param>
/// <param name="Cable">The parsed form.</param>
public sealed record CableVersion(int Number, DateTimeOffset StoredAt, string Source, string RawText, Cable Cable);

/// <summary>Sort order of search results.</summary>
public enum SearchSort
{
    /// <summary>Best match first (newest first among equals; newest first when the query has no words).</summary>
    Relevance,
    /// <summary>Oldest first.</summary>
    Date,
    /// <summary>Newest first.</summary>
    DateDescending,
}

/// <summary>A search: a parsed query (null = everything), a page, an order.</summary>
/// <param name="Query">The parsed query, or null for all cables.</param>
/// <param name="Limit">Results per page (1..1000).</param>
/// <param name="Page">1-based page number.</param>
/// <param name="Sort">The order.</param>
/// <param name="FacetLimit">How many values each facet lists at most (months and years are never cut).</param>
public sealed record SearchRequest(QueryNode? Query, int Limit = 20, int Page = 1, SearchSort Sort = SearchSort.Relevance, int FacetLimit = 20);

/// <summary>One page of search results plus facets over all matches.</summary>
/// <param name="Total">Every match the principal may see, not only this page.</param>
/// <param name="Results">This page.</param>
/// <param name="Facets">Counts over all visible matches.</param>
public sealed record SearchResults(long Total, IReadOnlyList<SearchHit> Results, SearchFacets Facets);

/// <summary>One result.</summary>
/// <param name="ReferenceId">Canonical reference id.</param>
/// <param name="Created">The cable's date-time group, UTC.</param>
/// <param name="Origin">Originating post (e.g. <c>ASTANA</c>).</param>
/// <param name="Classification">Overall classification.</param>
/// <param name="Subject">Subject line.</param>
/// <param name="Tags">TAGS.</param>
/// <param name="Captions">Captions (NOFORN, SIPDIS, ...).</param>
/// <param name="Snippet">Plain text around the best match (no markup).</param>
/// <param name="Highlights">Ranges of <paramref name="Snippet"/> that matched the query's words.</param>
public sealed record SearchHit(
    string ReferenceId,
    DateTime? Created,
    string? Origin,
    Cables.Classification? Classification,
    string? Subject,
    EquatableList<string> Tags,
    EquatableList<string> Captions,
    string Snippet,
    EquatableList<TextRange> Highlights);

/// <summary>A range of characters.</summary>
/// <param name="Start">First character.</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct TextRange(int Start, int Length);

/// <summary>Facet counts over all visible matches of a search.</summary>
/// <param name="Tags">TAGS, most frequent first.</param>
/// <param name="Origins">Originating posts, most frequent first.</param>
/// <param name="Classifications">Classifications by their canonical names (see <see cref="Names"/>), most frequent first.</param>
/// <param name="Captions">Captions, most frequent first.</param>
/// <param name="Years">Years (<c>2006</c>), in time order.</param>
/// <param name="Months">Months (<c>2006-04</c>), in time order.</param>
public sealed record SearchFacets(
    IReadOnlyList<CountRow> Tags,
    IReadOnlyList<CountRow> Origins,
    IReadOnlyList<CountRow> Classifications,
    IReadOnlyList<CountRow> Captions,
    IReadOnlyList<CountRow> Years,
    IReadOnlyList<CountRow> Months);

/// <summary>A value and how many cables have it.</summary>
/// <param name="Value">The facet or group value.</param>
/// <param name="Count">Number of cables.</param>
public sealed record CountRow(string Value, long Count);

/// <summary>What statistics are grouped by.</summary>
public enum StatsDimension
{
    /// <summary>Originating post.</summary>
    Origin,
    /// <summary>TAGS (a cable counts once under each of its tags).</summary>
    Tag,
    /// <summary>Classification.</summary>
    Classification,
    /// <summary>Caption.</summary>
    Caption,
    /// <summary>Year-month of the date-time group.</summary>
    Month,
    /// <summary>Year of the date-time group.</summary>
    Year,
}

/// <summary>A cable's place in the reference graph, as the principal may see it.</summary>
/// <param name="References">Cables this one cites that are in the archive (canonical ids, in REF order).</param>
/// <param name="CitedBy">Cables in the archive that cite this one (canonical ids, oldest first).</param>
/// <param name="Dangling">Cable ids this one cites that are not in the archive.</param>
public sealed record ReferenceLinks(EquatableList<string> References, EquatableList<string> CitedBy, EquatableList<string> Dangling);

/// <summary>Sizes of the archive.</summary>
/// <param name="Cables">Distinct reference ids.</param>
/// <param name="Versions">Versions over all cables.</param>
public sealed record ArchiveCounts(long Cables, long Versions);
