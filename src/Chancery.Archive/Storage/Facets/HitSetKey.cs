using System.Globalization;
using System.Text;

namespace Chancery.Archive.Storage.Facets;

/// <summary>The cache key of a hit set: everything its answer depends on, in one string.</summary>
internal static class HitSetKey
{
    /// <summary>
    /// The key of a query's hits at <paramref name="generation"/> (the data) with <paramref name="declassifications"/>
    /// explicit declassifications, for the reader whose need-to-know predicate is <paramref name="policy"/> (it carries
    /// the reader's type, the release mode and, with automatic declassification, today's date).
    /// </summary>
    public static string Of(long generation, long declassifications, string? match, string where, IReadOnlyList<object> parameters, string policy)
    {
        var key = new StringBuilder().Append(generation).Append('|').Append(declassifications);
        Part(key, match ?? "\0");
        Part(key, where);
        Part(key, policy);
        foreach (var value in parameters)
            Part(key, value.GetType().Name + ":" + Convert.ToString(value, CultureInfo.InvariantCulture));
        return key.ToString();
    }

    /// <summary>Each part with its length first, so no two different lists of parts make the same key.</summary>
    private static void Part(StringBuilder key, string part) => key.Append('|').Append(part.Length).Append(':').Append(part);
}
