namespace Chancery.Cables;

/// <summary>What the directory knows about one TAG.</summary>
/// <param name="Tag">The TAG, upper case.</param>
/// <param name="Kind">Its family.</param>
/// <param name="Meaning">A short meaning (<c>internal government affairs</c>, <c>Kazakhstan</c>), or null when not known.</param>
public sealed record TagInfo(string Tag, TagKind Kind, string? Meaning)
{
    /// <summary>
    /// The subject category named by the first letter (<c>political</c> for <c>PGOV</c>), <c>program</c> for
    /// K-TAGS, otherwise null.
    /// </summary>
    public string? Category => Kind switch
    {
        TagKind.Subject => SubjectCategoryOf(Tag[0]),
        TagKind.Program => "program",
        _ => null,
    };

    /// <summary>The meaning when known, otherwise the category, otherwise null: what a reader of the cable is shown.</summary>
    public string? Description => Meaning ?? (Category is { } category ? category + " (category)" : null);

    /// <summary>The category a subject TAG's first letter stands for (5 FAH-3), or null.</summary>
    public static string? SubjectCategoryOf(char letter) => letter switch
    {
        'A' => "administration",
        'B' => "business services",
        'C' => "consular affairs",
        'E' => "economic affairs",
        'K' => "program",
        'L' => "legal affairs",
        'M' => "military and defense affairs",
        'O' => "operations and public diplomacy",
        'P' => "political affairs",
        'S' => "social affairs",
        'T' => "technology and science",
        _ => null,
    };
}
