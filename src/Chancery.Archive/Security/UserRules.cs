using System.Text.RegularExpressions;
using Chancery.Cables;

namespace Chancery.Archive.Security;

/// <summary>What a user name, a password and a set of accesses must look like; both stores check with these.</summary>
public static partial class UserRules
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinimumPasswordLength = 8;

    /// <summary>The longest password accepted (hashing a megabyte on every login would be a denial of service).</summary>
    public const int MaximumPasswordLength = 1024;

    /// <summary>Failed logins in a row that lock a user.</summary>
    public const int FailuresBeforeLockout = 5;

    /// <summary>How long a lockout lasts.</summary>
    public static TimeSpan LockoutDuration { get; } = TimeSpan.FromMinutes(15);

    /// <summary>Throws <see cref="ArchiveException"/> unless <paramref name="name"/> is 1-64 letters, digits, <c>.</c>, <c>-</c> or <c>_</c>.</summary>
    public static string CheckName(string? name)
    {
        if (string.IsNullOrEmpty(name) || !NamePattern().IsMatch(name))
            throw new ArchiveException($"bad user name '{Shorten(name)}': use 1-64 letters, digits, '.', '-' or '_'");
        return name;
    }

    /// <summary>Throws <see cref="ArchiveException"/> for a password that is too short or too long.</summary>
    public static void CheckPassword(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumPasswordLength)
            throw new ArchiveException($"the password must have at least {MinimumPasswordLength} characters");
        if (password.Length > MaximumPasswordLength)
            throw new ArchiveException($"the password must have at most {MaximumPasswordLength} characters");
    }

    /// <summary>Accesses in upper case, trimmed, without duplicates, sorted; throws for an empty or malformed caption.</summary>
    public static EquatableList<string> NormalizeAccesses(IEnumerable<string> accesses)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var access in accesses)
        {
            var caption = access.Trim().ToUpperInvariant();
            if (!CaptionPattern().IsMatch(caption))
                throw new ArchiveException($"bad access '{Shorten(access)}': a caption is 1-40 letters, digits, spaces or '-'");
            result.Add(caption);
        }
        return [.. result];
    }

    private static string Shorten(string? text) => text is null ? "" : text.Length > 40 ? text[..40] + "..." : text;

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[A-Z0-9][A-Z0-9 -]{0,39}$")]
    private static partial Regex CaptionPattern();
}
