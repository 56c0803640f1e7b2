using Chancery.Web.Api;
using Microsoft.AspNetCore.Http;

namespace Chancery.Web.Security;

/// <summary>What an unauthenticated request gets: 401 problem details from the API, the login page elsewhere.</summary>
internal static class Challenges
{
    public static async Task WriteAsync(HttpContext context, string? reason = null)
    {
        if (WebAuth.IsApi(context.Request))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"chancery\"";
            await Problems.Unauthorized(reason ?? "sign in: send Authorization: Bearer TOKEN (chancery users token NAME)").ExecuteAsync(context);
            return;
        }
        var back = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
        context.Response.Redirect("/login?returnUrl=" + Uri.EscapeDataString(back));
    }

    public static async Task ForbidAsync(HttpContext context)
    {
        if (WebAuth.IsApi(context.Request))
        {
            await Problems.Forbidden("your role does not allow this").ExecuteAsync(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
    }
}
