using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chancery.Web.Api;

/// <summary>RFC 9457 problem details for the API's refusals.</summary>
internal static class Problems
{
    public static ProblemHttpResult BadRequest(string detail, int? position = null) => TypedResults.Problem(
        detail: detail,
        statusCode: StatusCodes.Status400BadRequest,
        title: position is null ? "Bad request" : "Query syntax error",
        extensions: position is { } p ? new Dictionary<string, object?> { ["position"] = p } : null);

    public static ProblemHttpResult CableNotFound(string referenceId) => TypedResults.Problem(
        detail: $"no cable {referenceId} in the archive",
        statusCode: StatusCodes.Status404NotFound,
        title: "Not found");
}
