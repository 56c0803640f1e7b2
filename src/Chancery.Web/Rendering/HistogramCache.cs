using Chancery.Archive;
using Microsoft.Extensions.Caching.Memory;

namespace Chancery.Web.Rendering;

/// <summary>
/// Month histograms already drawn, by what they show: the search page draws one per request (a link per month, each
/// restating the query), and a result page read again or paged through shows the same one. Bounded by size.
/// </summary>
public sealed class HistogramCache : IDisposable
{
    private readonly MemoryCache _drawn = new(new MemoryCacheOptions { SizeLimit = 16L << 20 });

    /// <summary>
    /// The histogram of <paramref name="months"/> for <paramref name="key"/> (everything but the counts that the
    /// drawing depends on: query, sort, label), drawn by <paramref name="draw"/> when not kept.
    /// </summary>
    public string GetOrDraw(string key, IReadOnlyList<CountRow> months, Func<string> draw)
    {
        var full = string.Concat(key, "\n", string.Join(',', months.Select(m => $"{m.Value}={m.Count}")));
        if (_drawn.TryGetValue(full, out string? svg) && svg is not null) return svg;
        svg = draw();
        _drawn.Set(full, svg, new MemoryCacheEntryOptions { Size = 2L * (svg.Length + full.Length) });
        return svg;
    }

    /// <inheritdoc />
    public void Dispose() => _drawn.Dispose();
}
