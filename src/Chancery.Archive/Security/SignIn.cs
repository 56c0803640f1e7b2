namespace Chancery.Archive.Security;

/// <summary>
/// Password and token sign-in with the audit entries every front end must write: <see cref="AuditAction.Login"/> on
/// success, <see cref="AuditAction.LoginFailed"/> (with the outcome) otherwise. The web calls these rather than
/// <see cref="IUserDirectory"/> directly.
/// </summary>
public static class SignIn
{
    /// <summary>The name audited for a request whose token matched no one.</summary>
    public const string Anonymous = "anonymous";

    /// <summary>Checks a password (counting failures towards the lockout) and audits the attempt.</summary>
    public static async Task<LoginResult> WithPasswordAsync(IArchiveStore store, string name, string password, string from, TimeProvider time,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var result = await store.Users.VerifyPasswordAsync(name ?? "", password ?? "", cancellationToken).ConfigureAwait(false);
        var user = result.User?.Name ?? Shorten(name);
        var detail = result.Outcome switch
        {
            LoginOutcome.Success => "password",
            LoginOutcome.LockedOut => $"locked out until {result.LockedUntil:yyyy-MM-dd HH:mm} UTC",
            LoginOutcome.Disabled => "user disabled",
            _ => "wrong name or password",
        };
        var action = result.Outcome == LoginOutcome.Success ? AuditAction.Login : AuditAction.LoginFailed;
        await store.Audit.AppendAsync(new AuditEvent(time.GetUtcNow(), user, action, user, 0, from, detail), cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>
    /// The user an API token belongs to, or null (unknown, revoked or expired token; a disabled user). Only failures
    /// are audited: a valid token is used on every request, and the reads it makes are audited themselves.
    /// </summary>
    public static async Task<UserAccount?> WithTokenAsync(IArchiveStore store, string token, string from, TimeProvider time,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var user = await store.Users.AuthenticateTokenAsync(token ?? "", cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            var shown = ApiTokens.LooksLikeToken(token) ? "token " + token![..8] + "..." : "malformed token";
            await store.Audit.AppendAsync(new AuditEvent(time.GetUtcNow(), Anonymous, AuditAction.LoginFailed, shown, 0, from,
                "unknown, revoked or expired token"), cancellationToken).ConfigureAwait(false);
        }
        return user;
    }

    private static string Shorten(string? name) => string.IsNullOrEmpty(name) ? "(empty)" : name.Length > 64 ? name[..64] : name;
}
