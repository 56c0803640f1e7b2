using Microsoft.AspNetCore.Http;

namespace Chancery.Web;

/// <summary>
/// Headers that keep cable text inert even if some of it ever escaped encoding: the site's own pages run no script
/// at all (the API reference page under <c>/api/docs</c> is the one page that needs it).
/// </summary>
internal static class SecurityHeaders
{
    public static Task ApplyAsync(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        headers.XFrameOptions = "DENY";
        if (!context.Request.Path.StartsWithSegments("/api/docs"))
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
        return next();
    }
}
