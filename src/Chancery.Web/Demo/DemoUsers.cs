using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Cables;

namespace Chancery.Web.Demo;

/// <summary>
/// The users <c>chancery serve</c> adds to a fresh demo archive, so anyone can sign in as readers of different clearances
/// and see the difference. Their passwords are published (in the log and the README): demo only, never for real cables.
/// </summary>
public static class DemoUsers
{
    /// <summary>One demo user and the password it is created with.</summary>
    /// <param name="User">The user.</param>
    /// <param name="Password">Its published password.</param>
    /// <param name="Description">What the user shows, for the log.</param>
    public sealed record DemoUser(NewUser User, string Password, string Description);

    /// <summary>The demo users, from the most cleared to the least.</summary>
    public static IReadOnlyList<DemoUser> All { get; } =
    [
        new(new NewUser("admin", Classification.TopSecret, true, ["EXDIS", "NODIS"], UserRole.Admin), "admin-demo-password",
            "administrator, TOP SECRET, NOFORN, NODIS and EXDIS: sees everything, the audit log and the users"),
        new(new NewUser("archivist", Classification.Secret, true, [], UserRole.Archivist), "archivist-demo-password",
            "archivist, SECRET, NOFORN: can declassify"),
        new(new NewUser("analyst", Classification.Secret, true, []), "analyst-demo-password", "reader, SECRET, NOFORN"),
        new(new NewUser("contractor", Classification.Confidential, false, []), "contractor-demo-password", "reader, CONFIDENTIAL, not NOFORN"),
        new(new NewUser("public", Classification.Unclassified, false, []), "public-demo-password", "reader, UNCLASSIFIED only"),
    ];

    /// <summary>
    /// Adds the demo users to an archive that has none, each audited as added by <c>serve</c>; returns those added
    /// (none when it already has users).
    /// </summary>
    public static async Task<IReadOnlyList<DemoUser>> AddWhenNoUsersAsync(IArchiveStore store, TimeProvider? time = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        if ((await store.Users.ListAsync(cancellationToken)).Count > 0) return [];
        foreach (var demo in All)
        {
            await store.Users.AddAsync(demo.User, demo.Password, cancellationToken);
            await store.Audit.AppendAsync(new AuditEvent((time ?? TimeProvider.System).GetUtcNow(), "serve", AuditAction.UserAdmin, demo.User.Name, 0, "cli",
                "demo user added: " + demo.Description), cancellationToken);
        }
        return All;
    }
}
