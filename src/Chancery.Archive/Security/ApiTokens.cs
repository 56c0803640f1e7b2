using System.Security.Cryptography;
using System.Text;

namespace Chancery.Archive.Security;

/// <summary>
/// API tokens: <c>chy_</c> and 32 random bytes in base64url. Only their SHA-256 is stored; the public id is a separate
/// random value, so listing or revoking a token never needs its secret. Secrets come from the operating system's
/// cryptographic generator, never from a seeded one.
/// </summary>
public static class ApiTokens
{
    /// <summary>What every token starts with (so a leaked one is easy to recognise and scan for).</summary>
    public const string Prefix = "chy_";

    /// <summary>Length of a token: the prefix and 43 base64url characters.</summary>
    public const int Length = 47;

    /// <summary>A new secret.</summary>
    public static string NewSecret() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>A new public id (12 base64url characters).</summary>
    public static string NewId() => Base64Url(RandomNumberGenerator.GetBytes(9));

    /// <summary>True when <paramref name="token"/> has a token's shape (checked before touching the database).</summary>
    public static bool LooksLikeToken(string? token) =>
        token is { Length: Length } && token.StartsWith(Prefix, StringComparison.Ordinal)
        && token.AsSpan(Prefix.Length).IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") < 0;

    /// <summary>The stored form: SHA-256 of the token's UTF-8 bytes, lower-case hex.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
