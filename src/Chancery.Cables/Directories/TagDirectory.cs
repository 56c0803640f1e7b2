using System.Diagnostics.CodeAnalysis;
using Chancery.Cables.Directories;

namespace Chancery.Cables;

/// <summary>
/// The TAGS a cable may carry: subject TAGS, program K-TAGS, geographic codes and organizations, each with
/// its meaning where known. Built from the embedded table <c>Data/tags.tsv</c> (see <c>tools/build-data</c>),
/// loaded once on first use; lookups are case-insensitive and allocation-free.
/// </summary>
public sealed class TagDirectory
{
    private static readonly Lazy<TagDirectory> s_default = new(LoadEmbedded);

    private readonly Dictionary<string, TagInfo> _byTag;
    private readonly Dictionary<string, TagInfo>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly TagInfo[] _ordered;

    /// <summary>The directory built into the library.</summary>
    public static TagDirectory Default => s_default.Value;

    /// <summary>Makes a directory of the given TAGS (the first entry of a TAG wins).</summary>
    public TagDirectory(IEnumerable<TagInfo> tags)
    {
        _byTag = new Dictionary<string, TagInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var tag in tags) _byTag.TryAdd(tag.Tag, tag);
        _bySpan = _byTag.GetAlternateLookup<ReadOnlySpan<char>>();
        _ordered = [.. _byTag.Values.OrderBy(t => t.Tag, StringComparer.Ordinal)];
    }

    /// <summary>Every TAG the directory knows, in ordinal order.</summary>
    public IReadOnlyList<TagInfo> All => _ordered;

    /// <summary>Looks a TAG up.</summary>
    public bool TryGet(string tag, [NotNullWhen(true)] out TagInfo? info) => TryGet(tag.AsSpan(), out info);

    /// <summary>Looks a TAG up without allocating.</summary>
    public bool TryGet(ReadOnlySpan<char> tag, [NotNullWhen(true)] out TagInfo? info) => _bySpan.TryGetValue(tag.Trim(), out info);

    /// <summary>True when the directory knows the TAG.</summary>
    public bool Contains(string tag) => TryGet(tag, out _);

    /// <summary>The kind of a known TAG, or null.</summary>
    public TagKind? KindOf(string tag) => TryGet(tag, out var info) ? info.Kind : null;

    /// <summary>
    /// The known TAG nearest to <paramref name="unknown"/> by edit distance (a swap of two neighbouring letters
    /// counts as one edit), or null when none is close: at most one edit for TAGS of up to three letters, two
    /// for longer ones. Ties go to a TAG with the same first letter, then to the family its length suggests.
    /// A known TAG gives itself, as the directory spells it.
    /// </summary>
    public string? Suggest(string unknown)
    {
        var wanted = unknown.AsSpan().Trim();
        if (wanted.IsEmpty) return null;
        if (TryGet(wanted, out var known)) return known.Tag;
        Span<char> upper = wanted.Length <= 64 ? stackalloc char[wanted.Length] : new char[wanted.Length];
        wanted.ToUpperInvariant(upper);
        var limit = upper.Length <= 3 ? 1 : 2;
        var expectedKind = upper.Length == 2 ? TagKind.Geographic : upper.Length == 4 && upper[0] == 'K' ? TagKind.Program : TagKind.Subject;
        TagInfo? best = null;
        var bestScore = int.MaxValue;
        foreach (var candidate in _ordered)
        {
            var distance = EditDistance.Compute(upper, candidate.Tag, limit);
            if (distance == 0 || distance > limit) continue;
            var score = distance * 4 + (candidate.Tag[0] == upper[0] ? 0 : 2) + (candidate.Kind == expectedKind ? 0 : 1);
            if (score < bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }
        return best?.Tag;
    }

    private static TagDirectory LoadEmbedded()
    {
        var tags = new List<TagInfo>(1024);
        foreach (var row in EmbeddedData.ReadRows("tags.tsv", 3))
        {
            if (!Enum.TryParse<TagKind>(row[1], out var kind)) continue;
            tags.Add(new TagInfo(row[0], kind, row[2].Length == 0 ? null : row[2]));
        }
        return new TagDirectory(tags);
    }
}
