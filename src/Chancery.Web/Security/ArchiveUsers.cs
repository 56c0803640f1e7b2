using Chancery.Archive;

namespace Chancery.Web.Security;

/// <summary>
/// Whether the archive has any users. An archive without users is served as before need-to-know (everything readable
/// by anyone who can reach the site, audited as <c>anonymous</c>); once it has one, every page and API call needs a
/// signed-in user. Users are disabled, never deleted, so once seen the answer stays yes; until then it is re-read on
/// each request (cheap on an empty table), so adding the first user with the CLI takes effect at once.
/// </summary>
public sealed class ArchiveUsers(IArchiveStore store)
{
    private volatile bool _hasUsers;

    /// <summary>True once the archive has at least one user.</summary>
    public async ValueTask<bool> ExistAsync(CancellationToken cancellationToken)
    {
        if (_hasUsers) return true;
        var users = await store.Users.ListAsync(cancellationToken);
        if (users.Count > 0) _hasUsers = true;
        return _hasUsers;
    }
}
