using Chancery.Archive;
using Chancery.Cables;

namespace Chancery.Web.Rendering;

/// <summary>One facet of the search page: its rows and how a row refines the query.</summary>
/// <param name="Title">Heading.</param>
/// <param name="Field">The query field the facet adds (<c>tag</c>, <c>origin</c>, <c>class</c>, <c>caption</c>, <c>year</c>).</param>
/// <param name="Rows">Values and counts.</param>
/// <param name="Query">The current query.</param>
internal sealed record FacetView(string Title, string Field, IReadOnlyList<CountRow> Rows, string Query)
{
    /// <summary>The search with this value added.</summary>
    public string Href(string value) => Field == "year"
        ? Links.Search(QueryRefiner.Add(QueryRefiner.Add(Query, "from", value), "to", value))
        : Links.Refine(Query, Field, value);

    /// <summary>What a value means (a TAG's meaning, a post's name), or null.</summary>
    public string? Describe(string value) => Field switch
    {
        "tag" => TagDirectory.Default.TryGet(value, out var info) ? info.Description : null,
        "origin" => Api.StationNames.Of(value),
        _ => null,
    };
}
