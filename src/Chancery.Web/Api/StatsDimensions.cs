using Chancery.Archive;

namespace Chancery.Web.Api;

/// <summary>The URL spelling of <see cref="StatsDimension"/>.</summary>
internal static class StatsDimensions
{
    public static StatsDimension? Parse(string text) => text.ToLowerInvariant() switch
    {
        "origin" => StatsDimension.Origin,
        "tag" => StatsDimension.Tag,
        "classification" => StatsDimension.Classification,
        "caption" => StatsDimension.Caption,
        "month" => StatsDimension.Month,
        "year" => StatsDimension.Year,
        _ => null,
    };

    public static string Name(StatsDimension dimension) => dimension.ToString().ToLowerInvariant();
}
