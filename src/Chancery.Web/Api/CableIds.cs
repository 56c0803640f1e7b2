namespace Chancery.Web.Api;

/// <summary>The shape a reference id in a URL must have before the archive is asked about it.</summary>
internal static class CableIds
{
    /// <summary>The longest id accepted (real ones are under 30 characters).</summary>
    public const int MaxLength = 64;

    /// <summary>True for 1 to <see cref="MaxLength"/> ASCII letters, digits, <c>-</c>, <c>_</c> or <c>.</c>.</summary>
    public static bool IsPlausible(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>The id as the archive spells it (upper case).</summary>
    public static string Normalize(string id) => id.ToUpperInvariant();
}
