using System.Text;
using Chancery.Archive;
using Chancery.Web.Api;

namespace Chancery.Web.Rendering;

/// <summary>The site's URLs, built in one place so every link is a permalink of what it shows.</summary>
internal static class Links
{
    public static string Search(string? q, int page = 1, SearchSort sort = SearchSort.Relevance, int pageSize = SearchInput.DefaultPageSize)
    {
        var url = new StringBuilder("/search?q=").Append(Uri.EscapeDataString(q ?? ""));
        if (page > 1) url.Append("&page=").Append(page);
        if (SearchInput.SortText(sort) is { } s) url.Append("&sort=").Append(Uri.EscapeDataString(s));
        if (pageSize != SearchInput.DefaultPageSize) url.Append("&pageSize=").Append(pageSize);
        return url.ToString();
    }

    public static string Refine(string? q, string field, string value) => Search(QueryRefiner.Add(q, field, value));

    public static string Cable(string id) => "/cables/" + Uri.EscapeDataString(id);

    public static string Graph(string id) => Cable(id) + "/graph";

    public static string Diff(string id, int from, int to) => $"{Cable(id)}/diff?from={from}&to={to}";

    public static string ApiCable(string id) => "/api/v1/cables/" + Uri.EscapeDataString(id);

    public static string Raw(string id) => ApiCable(id) + "/raw";
}
