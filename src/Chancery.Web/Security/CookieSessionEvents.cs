using Chancery.Archive;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;

namespace Chancery.Web.Security;

/// <summary>
/// The login cookie's events: the user is re-read from the archive on every request (a disabled user is signed out
/// at once and their clearance changes apply at once), and refusals answer as <see cref="Challenges"/> says.
/// </summary>
internal sealed class CookieSessionEvents : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var name = context.Principal?.Identity?.Name;
        var store = context.HttpContext.RequestServices.GetRequiredService<IArchiveStore>();
        var account = string.IsNullOrEmpty(name) ? null : await store.Users.FindAsync(name, context.HttpContext.RequestAborted);
        if (account is null || account.Disabled)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(WebAuth.Cookie);
            return;
        }
        context.HttpContext.SetAccount(account);
        context.ReplacePrincipal(WebAuth.PrincipalFor(account, WebAuth.Cookie));
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        Challenges.WriteAsync(context.HttpContext);

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        Challenges.ForbidAsync(context.HttpContext);
}
