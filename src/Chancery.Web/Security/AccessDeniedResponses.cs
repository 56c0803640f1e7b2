using System.Net;
using Chancery.Archive.Security;
using Chancery.Web.Api;
using Microsoft.AspNetCore.Http;

namespace Chancery.Web.Security;

/// <summary>
/// The exfiltration guard's refusal (<see cref="AccessDeniedException"/>, already audited by the guarded archive) as
/// 429 problem details for the API and a page with the guard's sentence elsewhere.
/// </summary>
internal static class AccessDeniedResponses
{
    public static async Task HandleAsync(HttpContext context, Func<Task> next)
    {
        try
        {
            await next();
        }
        catch (AccessDeniedException e) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            if (WebAuth.IsApi(context.Request))
            {
                await Problems.TooManyReads(e.Message).ExecuteAsync(context);
                return;
            }
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(
                "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
                $"<title>Read limit reached · Chancery</title><link rel=\"stylesheet\" href=\"/assets/site.css?v={Assets.Version}\"></head>" +
                "<body><main class=\"page narrow\"><h1>Read limit reached</h1>" +
                $"<p class=\"notice refused\">{WebUtility.HtmlEncode(e.Message)}</p>" +
                "<p>Administrators have been told. If you need more, ask them to raise your limit.</p>" +
                "<p><a href=\"/\">Back to the archive</a></p></main></body></html>");
        }
    }
}
