using System.Security.Claims;
using Chancery.Archive.Security;
using Microsoft.AspNetCore.Http;

namespace Chancery.Web.Security;

/// <summary>The names the site's authentication is registered under, and the signed-in account of a request.</summary>
internal static class WebAuth
{
    /// <summary>The default scheme: picks <see cref="Bearer"/> when the request carries an Authorization header, else <see cref="Cookie"/>.</summary>
    public const string Scheme = "Chancery";

    /// <summary>The login cookie.</summary>
    public const string Cookie = "Cookies";

    /// <summary><c>Authorization: Bearer TOKEN</c>.</summary>
    public const string Bearer = "Bearer";

    /// <summary>The policy for administrators' pages.</summary>
    public const string AdminPolicy = "Admin";

    /// <summary>The policy for archivists' actions (declassification).</summary>
    public const string ArchivistPolicy = "Archivist";

    private const string AccountKey = "chancery.account";

    /// <summary>The account re-read from the archive for this request, or null when nobody is signed in.</summary>
    public static UserAccount? Account(this HttpContext context) =>
        context.Items.TryGetValue(AccountKey, out var value) ? value as UserAccount : null;

    /// <summary>Remembers the account for the rest of the request.</summary>
    public static void SetAccount(this HttpContext context, UserAccount account) => context.Items[AccountKey] = account;

    /// <summary>Who is asking, for the guarded archive: the signed-in user, or the anonymous reader of an archive without users.</summary>
    public static Caller Caller(this HttpContext context) =>
        new(context.Account(), ClientAddress(context), "anonymous");

    /// <summary>The client's address as the audit log records it.</summary>
    public static string ClientAddress(HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? "local";

    /// <summary>A principal for <paramref name="account"/> carrying its name and role.</summary>
    public static ClaimsPrincipal PrincipalFor(UserAccount account, string scheme) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, account.Name), new Claim(ClaimTypes.Role, account.Role.ToString())],
            scheme, ClaimTypes.Name, ClaimTypes.Role));

    /// <summary>True for the JSON API (problem details instead of pages and redirects).</summary>
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    /// <summary>Whether the request presents an <c>Authorization</c> header at all.</summary>
    public static bool HasAuthorizationHeader(HttpRequest request) => request.Headers.Authorization.Count > 0;
}
