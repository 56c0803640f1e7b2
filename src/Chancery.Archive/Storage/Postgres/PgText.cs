using System.Text;

namespace Chancery.Archive.Storage.Postgres;

/// <summary>PostgreSQL text cannot hold NUL characters or unpaired surrogates; these become U+FFFD.</summary>
internal static class PgText
{
    public static string Clean(string value)
    {
        var clean = true;
        for (var i = 0; i < value.Length && clean; i++)
            clean = value[i] != '\0' && !char.IsSurrogate(value[i]);
        if (clean) return value;
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[++i]);
                continue;
            }
            sb.Append(c == '\0' || char.IsSurrogate(c) ? '\uFFFD' : c);
        }
        return sb.ToString();
    }

    public static string? CleanOrNull(string? value) => value is null ? null : Clean(value);
}
