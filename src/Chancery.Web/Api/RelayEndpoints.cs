using Chancery.Web.Comm;
using Chancery.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Chancery.Web.Api;

/// <summary>
/// The relay station beside the site under <c>/api/v1/relay</c> (archivists and administrators, as the comm-centre
/// page). Without a station (<c>chancery serve</c> without <c>--relay</c>) every one answers 404 problem details.
/// </summary>
internal static class RelayEndpoints
{
    /// <summary>The most deliveries one request lists.</summary>
    public const int MaxDelivered = 1000;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var relay = endpoints.MapGroup("/api/v1/relay").WithTags("relay").RequireAuthorization(WebAuth.ArchivistPolicy);
        relay.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        relay.MapGet("/status", GetStatus).WithName("relayStatus")
            .WithSummary("The relay station running beside the site: links, lanes, held traffic, counters, recent deliveries")
            .WithDescription("The keys of `chancery relay status --json` plus the station's address, channel designators and the latest " +
                             "local deliveries. Archivists and administrators only; 404 when the site runs without a station (serve --relay).");
        relay.MapGet("/delivered", GetDelivered).WithName("relayDelivered")
            .WithSummary("The station's latest local deliveries, oldest first")
            .WithDescription($"limit 1..{MaxDelivered} (default {CommCentre.RecentShown}).");
    }

    private static Results<Ok<RelayStatusResponse>, ProblemHttpResult> GetStatus(CommCentre centre) =>
        centre.Look() is { } view ? TypedResults.Ok(RelayStatusResponse.From(view)) : NoStation();

    private static Results<Ok<List<DeliveryJson>>, ProblemHttpResult> GetDelivered(CommCentre centre, int? limit)
    {
        if (limit is < 1 or > MaxDelivered) return Problems.BadRequest($"limit must be between 1 and {MaxDelivered}");
        if (centre.Station is not { } station) return NoStation();
        return TypedResults.Ok(station.GetRecentDelivered(limit ?? CommCentre.RecentShown).Select(DeliveryJson.From).ToList());
    }

    private static ProblemHttpResult NoStation() => TypedResults.Problem(
        detail: "no relay station runs beside this site (start it with chancery serve --relay FILE)",
        statusCode: StatusCodes.Status404NotFound,
        title: "Not found");
}
