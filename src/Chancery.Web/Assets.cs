using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace Chancery.Web;

/// <summary>The style sheet and icons, embedded in the assembly and served from <c>/assets/{name}</c>.</summary>
internal static class Assets
{
    private static readonly ConcurrentDictionary<string, byte[]?> s_cache = new(StringComparer.Ordinal);

    /// <summary>Version token for asset URLs, so a new build is never served an old cached sheet.</summary>
    public static string Version { get; } =
        typeof(Assets).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];

    public static IResult Serve(string name, HttpContext context)
    {
        var bytes = s_cache.GetOrAdd(name, Load);
        if (bytes is null) return TypedResults.NotFound();
        context.Response.Headers.CacheControl = "public, max-age=86400";
        return TypedResults.Bytes(bytes, ContentType(name));
    }

    private static byte[]? Load(string name)
    {
        if (name.Contains('/') || name.Contains('\\')) return null;
        using var stream = typeof(Assets).Assembly.GetManifestResourceStream("Chancery.Web.Assets." + name);
        if (stream is null) return null;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
