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

    public static ProblemHttpResult Unauthorized(string detail) => TypedResults.Problem(
        detail: detail,
        statusCode: StatusCodes.Status401Unauthorized,
        title: "Not signed in");

    public static ProblemHttpResult Forbidden(string detail) => TypedResults.Problem(
        detail: detail,
        statusCode: StatusCodes.Status403Forbidden,
        title: "Forbidden");

    /// <summary>The exfiltration guard's refusal: the guard's own sentence says which limit and when it resets.</summary>
    public static ProblemHttpResult TooManyReads(string detail) => TypedResults.Problem(
        detail: detail,
        statusCode: StatusCodes.Status429TooManyRequests,
        title: "Read limit reached");
}
