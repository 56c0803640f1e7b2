using System.Buffers;
using System.Text.Json;
using Chancery.Archive;
using Chancery.Archive.Query;
using Chancery.Archive.Security;
using Chancery.Web.Security;
using Chancery.Cables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Chancery.Web.Api;

/// <summary>The JSON API under <c>/api/v1</c> (contracts/archive.md, HTTP part).</summary>
internal static class ApiEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("archive");
        // Every endpoint: 401 without a valid bearer token (once the archive has users), 429 over the reader's limit.
        api.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapGet("/search", SearchAsync).WithName("search")
            .WithSummary("Search the archive")
            .WithDescription("q: the query language (words, \"phrases\", AND/OR/NOT, prefix*, tag: origin: class: caption: from: to: ref: id: subject:(...)). " +
                             $"pageSize 1..{SearchInput.MaxPageSize}, query at most {SearchInput.MaxQueryLength} characters, sort relevance|date|-date.");
        api.MapGet("/cables/{referenceId}", GetCableAsync).WithName("cable")
            .WithSummary("A cable as contract JSON plus its number of versions")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/cables/{referenceId}/raw", GetRawAsync).WithName("cableRaw")
            .WithSummary("The raw text of a cable's latest version")
            .Produces(StatusCodes.Status200OK, contentType: "text/plain");
        api.MapGet("/cables/{referenceId}/refs", GetRefsAsync).WithName("cableRefs")
            .WithSummary("The cables it cites, the cables citing it, and cited ids not in the archive");
        api.MapGet("/cables/{referenceId}/versions", GetVersionsAsync).WithName("cableVersions")
            .WithSummary("Every stored version of a cable, oldest first");
        api.MapGet("/stats", GetStatsAsync).WithName("stats")
            .WithSummary("Cable counts grouped by origin, tag, classification, caption, month or year, optionally for a query");
        api.MapGet("/tags", GetTagsAsync).WithName("tags")
            .WithSummary("TAGS in the archive with their meaning and counts");
        api.MapGet("/stations", GetStationsAsync).WithName("stations")
            .WithSummary("Originating posts in the archive with their names and counts");
    }

    private static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> SearchAsync(
        GuardedArchive archive, HttpContext http, string? q, int? page, int? pageSize, string? sort, CancellationToken cancellationToken)
    {
        var input = SearchInput.Parse(q, page, pageSize, sort);
        if (input.Request is not { } request) return Problems.BadRequest(input.Error!, input.ErrorPosition);
        var results = await archive.SearchAsync(request, http.Caller(), cancellationToken);
        return TypedResults.Ok(SearchResponse.From(results, request));
    }

    private static async Task<IResult> GetCableAsync(GuardedArchive archive, HttpContext http, string referenceId, CancellationToken cancellationToken)
    {
        if (!CableIds.IsPlausible(referenceId)) return Problems.BadRequest("not a reference id");
        var cable = await archive.GetCableAsync(CableIds.Normalize(referenceId), http.Caller(), cancellationToken);
        if (cable is null) return Problems.CableNotFound(referenceId);
        return TypedResults.Bytes(CableWithVersions(cable), "application/json");
    }

    /// <summary>
    /// The contract JSON of the cable with <c>"versions": N</c> added, and what the reader is not shown as extensions:
    /// <c>"withheld": [{"paragraph": 4, "marking": "S"}]</c> and <c>"declassified": {...}</c> (see <see cref="ReleaseJson"/>).
    /// </summary>
    internal static byte[] CableWithVersions(ArchivedCable cable)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        using (var writer = new Utf8JsonWriter(buffer, CableJson.WriterOptions()))
        {
            CableJson.Write(writer, cable.Cable);
        }
        var json = buffer.WrittenSpan;
        var close = json.LastIndexOf((byte)'}');
        var suffix = System.Text.Encoding.UTF8.GetBytes($",\"versions\":{cable.VersionCount}{ReleaseJson.Members(cable.Release)}}}");
        var result = new byte[close + suffix.Length];
        json[..close].CopyTo(result);
        suffix.CopyTo(result.AsSpan(close));
        return result;
    }

    private static async Task<IResult> GetRawAsync(GuardedArchive archive, HttpContext http, string referenceId, CancellationToken cancellationToken)
    {
        if (!CableIds.IsPlausible(referenceId)) return Problems.BadRequest("not a reference id");
        var cable = await archive.GetCableAsync(CableIds.Normalize(referenceId), http.Caller(), cancellationToken);
        return cable is null ? Problems.CableNotFound(referenceId) : TypedResults.Text(cable.RawText, "text/plain; charset=utf-8");
    }

    private static async Task<Results<Ok<RefsResponse>, ProblemHttpResult>> GetRefsAsync(
        GuardedArchive archive, HttpContext http, string referenceId, CancellationToken cancellationToken)
    {
        if (!CableIds.IsPlausible(referenceId)) return Problems.BadRequest("not a reference id");
        var links = await archive.GetReferencesAsync(CableIds.Normalize(referenceId), http.Caller(), cancellationToken);
        if (links is null) return Problems.CableNotFound(referenceId);
        return TypedResults.Ok(new RefsResponse(links.References, links.CitedBy, links.Dangling));
    }

    private static async Task<Results<Ok<List<VersionJson>>, ProblemHttpResult>> GetVersionsAsync(
        GuardedArchive archive, HttpContext http, string referenceId, CancellationToken cancellationToken)
    {
        if (!CableIds.IsPlausible(referenceId)) return Problems.BadRequest("not a reference id");
        var versions = await archive.GetVersionsAsync(CableIds.Normalize(referenceId), http.Caller(), cancellationToken);
        if (versions.Count == 0) return Problems.CableNotFound(referenceId);
        return TypedResults.Ok(versions
            .Select(v => new VersionJson(v.Number, ApiFormat.Date(v.StoredAt), v.Source, v.RawText.Length, v.RawText))
            .ToList());
    }

    private static async Task<Results<Ok<StatsResponse>, ProblemHttpResult>> GetStatsAsync(
        GuardedArchive archive, HttpContext http, string? by, string? q, CancellationToken cancellationToken)
    {
        if (StatsDimensions.Parse(by ?? "month") is not { } dimension)
            return Problems.BadRequest("by must be origin, tag, classification, caption, month or year");
        if (!TryParseQuery(q, out var query, out var problem)) return problem;
        var rows = await archive.GetStatsAsync(dimension, query, http.Caller(), cancellationToken);
        return TypedResults.Ok(new StatsResponse(StatsDimensions.Name(dimension), q ?? "", FacetsJson.Rows(rows)));
    }

    private static async Task<Results<Ok<List<TagJson>>, ProblemHttpResult>> GetTagsAsync(
        GuardedArchive archive, HttpContext http, string? q, CancellationToken cancellationToken)
    {
        if (!TryParseQuery(q, out var query, out var problem)) return problem;
        var rows = await archive.GetStatsAsync(StatsDimension.Tag, query, http.Caller(), cancellationToken);
        return TypedResults.Ok(rows.Select(r => TagJsonOf(r.Value, r.Count)).ToList());
    }

    internal static TagJson TagJsonOf(string tag, long count) =>
        TagDirectory.Default.TryGet(tag, out var info)
            ? new TagJson(tag, info.Kind.ToString().ToLowerInvariant(), info.Description, count)
            : new TagJson(tag, null, null, count);

    private static async Task<Results<Ok<List<StationJson>>, ProblemHttpResult>> GetStationsAsync(
        GuardedArchive archive, HttpContext http, string? q, CancellationToken cancellationToken)
    {
        if (!TryParseQuery(q, out var query, out var problem)) return problem;
        var rows = await archive.GetStatsAsync(StatsDimension.Origin, query, http.Caller(), cancellationToken);
        return TypedResults.Ok(rows.Select(r => new StationJson(r.Value, StationNames.Of(r.Value), r.Count)).ToList());
    }

    private static bool TryParseQuery(string? q, out QueryNode? query, out ProblemHttpResult problem)
    {
        query = null;
        problem = null!;
        if (q is { Length: > SearchInput.MaxQueryLength })
        {
            problem = Problems.BadRequest($"the query is {q.Length} characters long; at most {SearchInput.MaxQueryLength} are accepted");
            return false;
        }
        if (string.IsNullOrWhiteSpace(q)) return true;
        var parsed = QueryParser.Parse(q);
        if (!parsed.Succeeded)
        {
            problem = Problems.BadRequest(parsed.Error!.ToString(), parsed.Error.Position);
            return false;
        }
        query = parsed.Query is AllNode ? null : parsed.Query;
        return true;
    }
}
