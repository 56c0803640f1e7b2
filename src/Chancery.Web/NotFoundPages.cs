using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace Chancery.Web;

/// <summary>Bodies for bare error statuses: problem details under <c>/api</c>, a short page elsewhere.</summary>
internal static class NotFoundPages
{
    public static async Task WriteAsync(StatusCodeContext status)
    {
        var context = status.HttpContext;
        var code = context.Response.StatusCode;
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/health"))
        {
            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = { Status = code } });
            return;
        }
        var reason = WebUtility.HtmlEncode(ReasonPhrases.GetReasonPhrase(code));
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
            $"<title>{code} {reason} · Chancery</title><link rel=\"stylesheet\" href=\"/assets/site.css?v={Assets.Version}\"></head>" +
            $"<body><main class=\"page narrow\"><h1>{code} {reason}</h1><p><a href=\"/\">Back to the archive</a></p></main></body></html>");
    }
}
