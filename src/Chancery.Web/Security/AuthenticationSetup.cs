using Chancery.Archive.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Chancery.Web.Security;

/// <summary>Registers the login cookie, bearer tokens, the site-wide sign-in policy and the role policies.</summary>
internal static class AuthenticationSetup
{
    /// <summary>How long a login lasts without activity.</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    public static void AddChanceryAuthentication(this IServiceCollection services)
    {
        services.AddSingleton<ArchiveUsers>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<IAuthorizationHandler, SignedInHandler>();
        services.AddAuthentication(WebAuth.Scheme)
            .AddPolicyScheme(WebAuth.Scheme, "Cookie or bearer token", policy =>
                policy.ForwardDefaultSelector = context => WebAuth.HasAuthorizationHeader(context.Request) ? WebAuth.Bearer : WebAuth.Cookie)
            .AddCookie(WebAuth.Cookie, cookie =>
            {
                cookie.Cookie.Name = "chancery.session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = SessionLifetime;
                cookie.SlidingExpiration = true;
                cookie.LoginPath = "/login";
                cookie.LogoutPath = "/logout";
                cookie.EventsType = typeof(CookieSessionEvents);
            })
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(WebAuth.Bearer, null);
        services.AddSingleton<CookieSessionEvents>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().AddRequirements(new SignedInRequirement()).Build())
            .AddPolicy(WebAuth.AdminPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(nameof(UserRole.Admin)))
            .AddPolicy(WebAuth.ArchivistPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(nameof(UserRole.Admin), nameof(UserRole.Archivist)));
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "chancery.antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.FormFieldName = "__csrf";
        });
    }
}
