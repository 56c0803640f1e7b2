using Chancery.Cables;

namespace Chancery.Archive.Security;

/// <summary>A user of the archive as stored (never with the password or token hashes).</summary>
/// <param name="Name">Unique login name (letters, digits, <c>.</c>, <c>-</c>, <c>_</c>; at most 64 characters).</param>
/// <param name="Clearance">The highest classification the user may read.</param>
/// <param name="NoForn">Eligible for NOFORN material (a US national).</param>
/// <param name="Accesses">Restricted captions the user holds (NODIS, EXDIS, LIMDIS, STADIS, named channels), upper case.</param>
/// <param name="Role">Reader, archivist or administrator.</param>
/// <param name="ReadLimitPerHour">Exfiltration guard: cables read or exported per hour; 0 = unlimited (still audited).</param>
/// <param name="ReadLimitPerDay">Cables read or exported per day; 0 = unlimited.</param>
/// <param name="Disabled">A disabled user cannot log in and their tokens stop working.</param>
/// <param name="CreatedAt">When the user was added.</param>
public sealed record UserAccount(
    string Name,
    Classification Clearance,
    bool NoForn,
    EquatableList<string> Accesses,
    UserRole Role,
    int ReadLimitPerHour,
    int ReadLimitPerDay,
    bool Disabled,
    DateTimeOffset CreatedAt)
{
    /// <summary>Default per-hour read limit for new users.</summary>
    public const int DefaultReadLimitPerHour = 300;

    /// <summary>Default per-day read limit for new users.</summary>
    public const int DefaultReadLimitPerDay = 2000;

    /// <summary>The need-to-know view the stores apply for this user.</summary>
    public Principal ToPrincipal() => new(Name, Clearance, NoForn, Accesses);
}

/// <summary>A user to add.</summary>
/// <param name="Name">Login name.</param>
/// <param name="Clearance">Highest classification.</param>
/// <param name="NoForn">NOFORN eligible.</param>
/// <param name="Accesses">Restricted captions held.</param>
/// <param name="Role">Role.</param>
public sealed record NewUser(string Name, Classification Clearance, bool NoForn, EquatableList<string> Accesses, UserRole Role = UserRole.Reader);

/// <summary>Changes to a user; null leaves a field as it is.</summary>
/// <param name="Clearance">New clearance.</param>
/// <param name="NoForn">New NOFORN eligibility.</param>
/// <param name="Accesses">New set of restricted captions (replaces the old set).</param>
/// <param name="Role">New role.</param>
/// <param name="ReadLimitPerHour">New per-hour limit (0 = unlimited).</param>
/// <param name="ReadLimitPerDay">New per-day limit (0 = unlimited).</param>
/// <param name="Disabled">Disable or enable.</param>
public sealed record UserChanges(
    Classification? Clearance = null,
    bool? NoForn = null,
    EquatableList<string>? Accesses = null,
    UserRole? Role = null,
    int? ReadLimitPerHour = null,
    int? ReadLimitPerDay = null,
    bool? Disabled = null);
