namespace Chancery.Archive.Security;

/// <summary>
/// The archive's users, passwords (salted hashes) and API tokens (hashed at rest), kept in the archive's own database.
/// Both backends implement it; failures a caller can cause (duplicate name, unknown user, bad name) throw
/// <see cref="ArchiveException"/> with a one-line message.
/// </summary>
public interface IUserDirectory
{
    /// <summary>Adds a user with default read limits.</summary>
    Task<UserAccount> AddAsync(NewUser user, string password, CancellationToken cancellationToken = default);

    /// <summary>The user named <paramref name="name"/>, or null.</summary>
    Task<UserAccount?> FindAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Every user, by name.</summary>
    Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Applies <paramref name="changes"/>; disabling also revokes the user's tokens.</summary>
    Task<UserAccount> UpdateAsync(string name, UserChanges changes, CancellationToken cancellationToken = default);

    /// <summary>Replaces the password.</summary>
    Task SetPasswordAsync(string name, string password, CancellationToken cancellationToken = default);

    /// <summary>Checks a password, counting failures: repeated failures lock the user for a while.</summary>
    Task<LoginResult> VerifyPasswordAsync(string name, string password, CancellationToken cancellationToken = default);

    /// <summary>Issues a new API token for the user.</summary>
    Task<IssuedToken> IssueTokenAsync(string name, TimeSpan? lifetime = null, CancellationToken cancellationToken = default);

    /// <summary>The enabled user a token belongs to, or null for an unknown, revoked or expired token.</summary>
    Task<UserAccount?> AuthenticateTokenAsync(string token, CancellationToken cancellationToken = default);

    /// <summary>The user's tokens, newest first.</summary>
    Task<IReadOnlyList<TokenInfo>> ListTokensAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Revokes one token by its public id; false when there is no such token.</summary>
    Task<bool> RevokeTokenAsync(string tokenId, CancellationToken cancellationToken = default);

    /// <summary>Revokes every token of the user; returns how many.</summary>
    Task<int> RevokeAllTokensAsync(string name, CancellationToken cancellationToken = default);
}
