using System.Globalization;
using System.Text.RegularExpressions;
using Chancery.Archive;
using Chancery.Archive.Query;
using Chancery.Archive.Security;
using Chancery.Cables;

namespace Chancery.Cli.Users;

/// <summary>Parses the values the user and audit commands take, each failure one <see cref="ArchiveException"/> line.</summary>
internal static partial class UserArguments
{
    /// <summary>The role names of the command line.</summary>
    public static readonly string[] RoleNames = ["reader", "archivist", "admin"];

    /// <summary>A clearance level: <c>UNCLASSIFIED</c>, <c>LIMITED OFFICIAL USE</c>, <c>CONFIDENTIAL</c>, <c>SECRET</c>, <c>TOP SECRET</c> (or their short forms).</summary>
    public static Classification Clearance(string text) =>
        ClassificationText.Parse(text) ?? throw new ArchiveException(
            $"unknown clearance '{text}': use UNCLASSIFIED, LIMITED OFFICIAL USE, CONFIDENTIAL, SECRET or TOP SECRET");

    /// <summary>reader, archivist or admin.</summary>
    public static UserRole Role(string text) => text.Trim().ToLowerInvariant() switch
    {
        "reader" => UserRole.Reader,
        "archivist" => UserRole.Archivist,
        "admin" or "administrator" => UserRole.Admin,
        _ => throw new ArchiveException($"unknown role '{text}': use reader, archivist or admin"),
    };

    /// <summary>The role as the command line spells it.</summary>
    public static string RoleName(UserRole role) => role switch
    {
        UserRole.Archivist => "archivist",
        UserRole.Admin => "admin",
        _ => "reader",
    };

    /// <summary>The level as a banner spells it.</summary>
    public static string LevelName(Classification level) => level switch
    {
        Classification.Unclassified => "UNCLASSIFIED",
        Classification.LimitedOfficialUse => "LIMITED OFFICIAL USE",
        Classification.Confidential => "CONFIDENTIAL",
        Classification.Secret => "SECRET",
        _ => "TOP SECRET",
    };

    /// <summary>The first line of standard input, for <c>--password-stdin</c> (the line break is not part of the password).</summary>
    public static string Password(CliConsole console)
    {
        using var input = console.OpenInput();
        return input.ReadLine() ?? "";
    }

    /// <summary>
    /// A point in time for <c>--since</c>: a date or date-time (UTC unless it names an offset: <c>2026-03-01</c>,
    /// <c>2026-03-01T09:30Z</c>) or an age (<c>30m</c>, <c>2h</c>, <c>7d</c>) before <paramref name="now"/>.
    /// </summary>
    public static DateTimeOffset Since(string text, DateTimeOffset now)
    {
        var trimmed = text.Trim();
        if (Age(trimmed) is { } age) return now - age;
        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
            return at;
        throw new ArchiveException($"bad time '{text}': give a date (2026-03-01), a date-time (2026-03-01T09:30Z) or an age (30m, 2h, 7d)");
    }

    /// <summary>A token lifetime: <c>30m</c>, <c>12h</c>, <c>90d</c>.</summary>
    public static TimeSpan Lifetime(string text) =>
        Age(text.Trim()) is { } age && age > TimeSpan.Zero
            ? age
            : throw new ArchiveException($"bad lifetime '{text}': give minutes, hours or days (30m, 12h, 90d)");

    private static TimeSpan? Age(string text)
    {
        if (AgePattern().Match(text) is not { Success: true } match) return null;
        var amount = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "m" => TimeSpan.FromMinutes(amount),
            "h" => TimeSpan.FromHours(amount),
            _ => TimeSpan.FromDays(amount),
        };
    }

    [GeneratedRegex("^([0-9]{1,6})([mhd])$")]
    private static partial Regex AgePattern();
}
