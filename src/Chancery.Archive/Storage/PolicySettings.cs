using Chancery.Archive.Security;

namespace Chancery.Archive.Storage;

/// <summary>How both stores keep an <see cref="AccessPolicy"/> as key/value rows of their <c>policy_settings</c> table.</summary>
internal static class PolicySettings
{
    /// <summary>Reads the policy's rows (same SQL on both backends).</summary>
    public const string Select = "SELECT key, value FROM policy_settings WHERE key IN ('release_mode', 'auto_declassify')";

    /// <summary><paramref name="policy"/> with one stored row applied (unknown keys and values leave it as it is).</summary>
    public static AccessPolicy Apply(AccessPolicy policy, string key, string value) => key switch
    {
        "release_mode" when Enum.TryParse<ReleaseMode>(value, out var mode) => policy with { Mode = mode },
        "auto_declassify" => policy with { AutoDeclassify = value == "1" },
        _ => policy,
    };
}
