using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Web.Security;
using Chancery.Web.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chancery.Web;

/// <summary>
/// <c>GET /health</c>: 200 when the archive answers (with <c>search</c>: "warming" until the search structures are
/// prepared, then "ready"), 503 problem details when it does not. Open to anyone, so the
/// archive's size (which says how much a reader cannot see) is told only while the archive has no users, or to an administrator.
/// </summary>
internal static class HealthEndpoint
{
    public static async Task<Results<Ok<HealthResponse>, ProblemHttpResult>> CheckAsync(
        IArchiveStore store, ArchiveUsers users, SearchReadiness readiness, HttpContext http, CancellationToken cancellationToken)
    {
        try
        {
            var counts = await store.CountAsync(cancellationToken);
            var tell = http.Account()?.Role == UserRole.Admin || !await users.ExistAsync(cancellationToken);
            return TypedResults.Ok(tell
                ? new HealthResponse("healthy", store.Description, counts.Cables, counts.Versions, readiness.State)
                : new HealthResponse("healthy", store.Description, null, null, readiness.State));
        }
        catch (ArchiveException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Archive unreachable");
        }
    }
}
