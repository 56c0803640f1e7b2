using System.ComponentModel.DataAnnotations;
using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chancery.Web.Pages;

/// <summary>
/// <c>/login</c>: name and password against the archive's users. The answer never tells whether a name exists: a wrong
/// password and an unknown or disabled name read the same, and unknown names lock out like real ones (<see cref="LoginThrottle"/>).
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(IArchiveStore store, ArchiveUsers users, LoginThrottle throttle, TimeProvider time) : PageModel
{
    /// <summary>Longest user name accepted (as the user directory allows).</summary>
    public const int MaxNameLength = 64;

    /// <summary>Longest password accepted.</summary>
    public const int MaxPasswordLength = UserRules.MaximumPasswordLength;

    /// <summary>The name typed.</summary>
    [BindProperty] public string? UserName { get; set; }

    /// <summary>The password typed (never echoed back).</summary>
    [BindProperty, DataType(DataType.Password)] public string? Password { get; set; }

    /// <summary>Where to go after signing in (local paths only).</summary>
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    /// <summary>Why the last attempt failed.</summary>
    public string? Error { get; private set; }

    /// <summary>False while the archive has no users (everything is readable without signing in).</summary>
    public bool HasUsers { get; private set; }

    /// <summary>Handles <c>GET /login</c>.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => HasUsers = await users.ExistAsync(cancellationToken);

    /// <summary>Handles <c>POST /login</c> (anti-forgery checked by Razor Pages: without a valid token, 400).</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        HasUsers = await users.ExistAsync(cancellationToken);
        var name = (UserName ?? "").Trim();
        var password = Password ?? "";
        Password = null;
        if (name.Length is 0 || password.Length is 0) return Refuse("Give your user name and password.", 400);
        if (name.Length > MaxNameLength || password.Length > MaxPasswordLength)
            return Refuse($"User names are at most {MaxNameLength} characters and passwords at most {MaxPasswordLength}.", 400);
        var from = WebAuth.ClientAddress(HttpContext);
        if (throttle.LockedUntil(name) is { } throttled)
            return await FailAsync(name, from, "locked by the site", LockedMessage(throttled), cancellationToken);
        var result = await Chancery.Archive.Security.SignIn.WithPasswordAsync(store, name, password, from, time, cancellationToken);
        switch (result.Outcome)
        {
            case LoginOutcome.Success when result.User is { Disabled: false } account:
                throttle.Succeed(name);
                await HttpContext.SignInAsync(WebAuth.Cookie, WebAuth.PrincipalFor(account, WebAuth.Cookie));
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && !ReturnUrl!.StartsWith("/login", StringComparison.OrdinalIgnoreCase) ? ReturnUrl : "/");
            case LoginOutcome.LockedOut:
                throttle.Fail(name);
                return Refuse(LockedMessage(result.LockedUntil ?? time.GetUtcNow() + LoginThrottle.Window), 401);
            default:
                // Rejected or disabled: the same words, so the page never tells whether the name exists.
                var locked = throttle.Fail(name);
                return Refuse(locked is { } until ? LockedMessage(until) : "Wrong user name or password.", 401);
        }
    }

    /// <summary>A refusal decided by the site's own count (the archive was not asked), audited as the archive's are.</summary>
    private async Task<IActionResult> FailAsync(string name, string from, string detail, string message, CancellationToken cancellationToken)
    {
        await store.Audit.AppendAsync(new AuditEvent(time.GetUtcNow(), name, AuditAction.LoginFailed, name, 0, from, detail), cancellationToken);
        return Refuse(message, 401);
    }

    private string LockedMessage(DateTimeOffset until)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling((until - time.GetUtcNow()).TotalMinutes));
        return $"Too many failed sign-ins for this name: try again in {minutes} minute{(minutes == 1 ? "" : "s")}.";
    }

    private PageResult Refuse(string message, int status)
    {
        Error = message;
        Response.StatusCode = status;
        return Page();
    }
}
