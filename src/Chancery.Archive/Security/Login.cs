namespace Chancery.Archive.Security;

/// <summary>What a password check decided.</summary>
public enum LoginOutcome
{
    /// <summary>Name and password match an enabled, unlocked user.</summary>
    Success,

    /// <summary>No such user or a wrong password (callers must not tell the two apart to the person logging in).</summary>
    Rejected,

    /// <summary>Too many failed attempts; locked until <see cref="LoginResult.LockedUntil"/>.</summary>
    LockedOut,

    /// <summary>The user is disabled.</summary>
    Disabled,
}

/// <summary>The result of a password check.</summary>
/// <param name="Outcome">What was decided.</param>
/// <param name="User">The user on success.</param>
/// <param name="LockedUntil">When a lockout ends.</param>
public sealed record LoginResult(LoginOutcome Outcome, UserAccount? User = null, DateTimeOffset? LockedUntil = null);

/// <summary>A new API token; <see cref="Token"/> is shown once and stored only as a hash.</summary>
/// <param name="Id">A short public id of the token, for listing and revoking.</param>
/// <param name="Token">The secret to send as <c>Authorization: Bearer TOKEN</c>.</param>
/// <param name="ExpiresAt">When it stops working, or null for never.</param>
public sealed record IssuedToken(string Id, string Token, DateTimeOffset? ExpiresAt);

/// <summary>A stored token, without its secret.</summary>
/// <param name="Id">Public id.</param>
/// <param name="UserName">Owner.</param>
/// <param name="CreatedAt">Issued at.</param>
/// <param name="ExpiresAt">Expiry, or null.</param>
/// <param name="Revoked">True once revoked.</param>
public sealed record TokenInfo(string Id, string UserName, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, bool Revoked);
