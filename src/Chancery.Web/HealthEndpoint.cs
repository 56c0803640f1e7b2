using Chancery.Archive;
using Chancery.Web.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chancery.Web;

/// <summary><c>GET /health</c>: 200 with the archive's size when it answers, 503 problem details when it does not.</summary>
internal static class HealthEndpoint
{
    public static async Task<Results<Ok<HealthResponse>, ProblemHttpResult>> CheckAsync(IArchiveStore store, CancellationToken cancellationToken)
    {
        try
        {
            var counts = await store.CountAsync(cancellationToken);
            return TypedResults.Ok(new HealthResponse("healthy", store.Description, counts.Cables, counts.Versions));
        }
        catch (ArchiveException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Archive unreachable");
        }
    }
}
