using Chancery.Cables;

namespace Chancery.Archive.Synth;

/// <summary>A post synthetic cables come from, with what the station directory says about its routing.</summary>
/// <param name="Station">The station as reference ids spell it (<c>ANKARA</c>).</param>
/// <param name="CountryTag">The geographic TAG (<c>TU</c>).</param>
/// <param name="Bureau">The regional bureau (<c>EUR</c>), or <c>WASH</c> for the Department.</param>
/// <param name="Country">The country as subject lines write it.</param>
/// <param name="Volume">Relative volume of traffic.</param>
/// <param name="Routes">Routing indicator and address pairs for the post, each with its validity.</param>
internal sealed record Post(string Station, string CountryTag, string Bureau, string Country, double Volume, RoutingEntry[] Routes)
{
    /// <summary>
    /// The routing entry in use on <paramref name="date"/>: one whose dated period covers it, else an undated one,
    /// else the first.
    /// </summary>
    public RoutingEntry RouteOn(DateOnly date)
    {
        RoutingEntry? open = null;
        foreach (var route in Routes)
        {
            if (!route.IsValidOn(date)) continue;
            if (route.ValidFrom is not null || route.ValidUntil is not null) return route;
            open ??= route;
        }
        return open ?? Routes[0];
    }
}

/// <summary>The posts of <see cref="PostTable"/> that the station directory knows a routing indicator for.</summary>
internal static class Posts
{
    private static readonly Lazy<Post[]> s_all = new(Load);

    /// <summary>Every usable post; the Department (<c>STATE</c>) first.</summary>
    public static IReadOnlyList<Post> All => s_all.Value;

    private static Post[] Load()
    {
        var directory = StationDirectory.Default;
        var posts = new List<Post>();
        foreach (var row in PostTable.Rows.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var cells = row.Split('|');
            if (!directory.TryGetStation(cells[0], out var info)) continue;
            var routes = info.Routes
                .Where(r => r.RoutingIndicator.StartsWith("RUEH", StringComparison.Ordinal) && r.Source == RoutingSource.Observed
                    && (r.Address.StartsWith("AMEMBASSY ", StringComparison.Ordinal) || r.Address.StartsWith("AMCONSUL ", StringComparison.Ordinal)
                        || r.Address.StartsWith("USMISSION ", StringComparison.Ordinal) || r.Address.StartsWith("USOFFICE ", StringComparison.Ordinal)
                        || r.Address == "SECSTATE WASHDC"))
                .OrderBy(r => r.ValidFrom ?? DateOnly.MinValue)
                .ThenBy(r => r.RoutingIndicator.Length)
                .ThenBy(r => r.RoutingIndicator, StringComparer.Ordinal)
                .ToArray();
            if (routes.Length == 0) continue;
            posts.Add(new Post(cells[0], cells[1], cells[2], cells[3], double.Parse(cells[4], System.Globalization.CultureInfo.InvariantCulture), routes));
        }
        return [.. posts];
    }
}
