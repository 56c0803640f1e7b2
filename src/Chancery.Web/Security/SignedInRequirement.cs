using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Chancery.Web.Security;

/// <summary>
/// The site's fallback policy: a signed-in, enabled user once the archive has users; anyone while it has none. A request
/// that presents credentials which fail is refused either way, so a client learns that its token is bad.
/// </summary>
internal sealed class SignedInRequirement : IAuthorizationRequirement;

internal sealed class SignedInHandler(ArchiveUsers users) : AuthorizationHandler<SignedInRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, SignedInRequirement requirement)
    {
        if (context.Resource is not HttpContext http) return;
        if (http.Account() is not null)
        {
            context.Succeed(requirement);
            return;
        }
        if (WebAuth.HasAuthorizationHeader(http.Request)) return;
        if (!await users.ExistAsync(http.RequestAborted)) context.Succeed(requirement);
    }
}
