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
    private readonly Dictionary<string, string> _aliases;

    /// <summary>The directory built into the library.</summary>
    public static TagDirectory Default => s_default.Value;

    /// <summary>Makes a directory of the given TAGS (the first entry of a TAG wins).</summary>
    /// <param name="tags">The TAGS.</param>
    /// <param name="aliases">Codes drafters write for a TAG (<c>RU</c> for <c>RS</c>), used by <see cref="Suggest"/>.</param>
    public TagDirectory(IEnumerable<TagInfo> tags, IEnumerable<KeyValuePair<string, string>>? aliases = null)
    {
        _aliases = new Dictionary<string, string>(aliases ?? [], StringComparer.OrdinalIgnoreCase);
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
    /// The TAG that <paramref name="unknown"/> was probably meant to be: the TAG itself when known; the FIPS
    /// code for an ISO country code drafters write instead (<c>RU</c> gives <c>RS</c>); otherwise the known TAG
    /// nearest by edit distance (a swap of two neighbouring letters counts as one edit): at most one edit for
    /// three letters, two for longer ones; none for two-letter codes, where one edit reaches a dozen countries.
    /// Ties go to a TAG with the same first letter, then to the family the length suggests. Null when none is close.
    /// </summary>
    public string? Suggest(string unknown)
    {
        var wanted = unknown.AsSpan().Trim();
        if (wanted.IsEmpty) return null;
        if (TryGet(wanted, out var known)) return known.Tag;
        if (_aliases.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(wanted, out var meant)) return meant;
        if (wanted.Length <= 2) return null;
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

    /// <summary>
    /// Splits TAGS written without separators (<c>ETRDEINVPGOVCS</c>, <c>VTPREL</c>) into known subject,
    /// program and geographic TAGS, using as few pieces as possible; null when the text is no such run.
    /// A run holds at least one four-letter TAG, so that words (<c>POLITICS</c>: PO LI TI CS) are not split.
    /// </summary>
    public IReadOnlyList<string>? SplitRunTogether(string text)
    {
        var run = text.AsSpan().Trim();
        if (run.Length < 5 || run.Length > 200) return null;
        // pieces[i] = fewest known TAGS covering run[..i], with the length of the last piece
        var pieces = new (int Count, int Last)[run.Length + 1];
        for (var i = 1; i <= run.Length; i++)
        {
            pieces[i] = (int.MaxValue, 0);
            foreach (var length in (ReadOnlySpan<int>)[4, 2])
            {
                if (length > i || pieces[i - length].Count == int.MaxValue) continue;
                if (!TryGet(run.Slice(i - length, length), out var info) || info.Kind is TagKind.Organization) continue;
                if (pieces[i - length].Count + 1 < pieces[i].Count) pieces[i] = (pieces[i - length].Count + 1, length);
            }
        }
        if (pieces[run.Length].Count is int.MaxValue or < 2) return null;
        var result = new string[pieces[run.Length].Count];
        for (int end = run.Length, slot = result.Length - 1; end > 0; end -= pieces[end].Last, slot--)
            result[slot] = run.Slice(end - pieces[end].Last, pieces[end].Last).ToString().ToUpperInvariant();
        return result.Any(piece => piece.Length == 4) ? result : null;
    }

    private static TagDirectory LoadEmbedded()
    {
        var tags = new List<TagInfo>(1024);
        foreach (var row in EmbeddedData.ReadRows("tags.tsv", 3))
        {
            if (!Enum.TryParse<TagKind>(row[1], out var kind)) continue;
            tags.Add(new TagInfo(row[0], kind, row[2].Length == 0 ? null : row[2]));
        }
        var aliases = EmbeddedData.ReadRows("tag-aliases.tsv", 2).Select(row => KeyValuePair.Create(row[0], row[1]));
        return new TagDirectory(tags, aliases);
    }
}
