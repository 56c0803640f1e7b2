using System.Text.Encodings.Web;
using Chancery.Archive;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Chancery.Web.Security;

/// <summary>
/// <c>Authorization: Bearer TOKEN</c>: the archive's user directory checks the token on every request, so a revoked or
/// expired token, or one of a disabled user, stops working at once (failures are audited). A failure is 401 problem details for the API and
/// a redirect to the login page for pages.
/// </summary>
internal sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IArchiveStore store, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>Longer tokens are refused unread.</summary>
    public const int MaxTokenLength = 512;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header)) return AuthenticateResult.NoResult();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.Fail("only Bearer tokens are accepted");
        var token = header["Bearer ".Length..].Trim();
        if (token.Length is 0 or > MaxTokenLength) return AuthenticateResult.Fail("not a token");
        // Audits a token that matches no one; reads made with a good one are audited by the guarded archive.
        var account = await Chancery.Archive.Security.SignIn.WithTokenAsync(store, token, WebAuth.ClientAddress(Context), time, Context.RequestAborted);
        if (account is null || account.Disabled) return AuthenticateResult.Fail("unknown, revoked or expired token");
        Context.SetAccount(account);
        return AuthenticateResult.Success(new AuthenticationTicket(WebAuth.PrincipalFor(account, Scheme.Name), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Challenges.WriteAsync(Context, "the token is unknown, revoked or expired");
}
