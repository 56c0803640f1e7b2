using Chancery.Archive.Security;
using Chancery.Cables;
using static Chancery.Archive.Tests.Fixtures.ReleaseFixtures;

namespace Chancery.Archive.Tests.Release;

/// <summary>
/// What each reader must see of the release fixtures, worked out here from the fixture definitions alone (not with
/// the store's code): visibility, released secret words, references.
/// </summary>
internal static class ReleaseOracle
{
    private static readonly string[] Restricted = ["NODIS", "EXDIS", "LIMDIS", "STADIS"];

    /// <summary>Every reader of the matrix: each level, with and without NOFORN, with no access, NODIS or EXDIS.</summary>
    public static IReadOnlyList<Principal> Readers { get; } =
    [
        .. from level in Enum.GetValues<Classification>()
           from noForn in new[] { false, true }
           from access in new[] { "", "NODIS", "EXDIS" }
           select new Principal($"{level}{(noForn ? "-nf" : "")}{(access.Length > 0 ? "-" + access : "")}", level, noForn,
               access.Length > 0 ? [access] : []),
    ];

    private static (Classification Level, bool NoForn) Mark(string mark, Case c)
    {
        var bannerNoForn = c.Cable.Captions.Contains("NOFORN");
        if (mark.Length == 0) return (c.Cable.Level, bannerNoForn);
        var parts = mark.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var level = parts[0] switch
        {
            "U" => Classification.Unclassified,
            "LOU" => Classification.LimitedOfficialUse,
            "C" => Classification.Confidential,
            "S" => Classification.Secret,
            "TS" => Classification.TopSecret,
            _ => throw new ArgumentException(mark),
        };
        // The NOFORN caption controls the whole message: every portion of a NOFORN cable is NOFORN.
        return (level, bannerNoForn || parts.Skip(1).Contains("NF"));
    }

    private static bool Covers(Principal p, (Classification Level, bool NoForn) m) => m.Level <= p.Clearance && (!m.NoForn || p.NoForn);

    public static bool IsDeclassified(Case c) => c.Declassify || c.DeclPassed;

    /// <summary>The secret words of <paramref name="c"/> the reader may read; null when the cable is invisible to them.</summary>
    public static IReadOnlySet<string>? Released(Case c, Principal p, ReleaseMode mode)
    {
        if (c.Cable.Captions.Any(x => Restricted.Contains(x) && !p.Accesses.Contains(x))) return null;
        var all = c.Portions.Select(x => x.Word).ToHashSet();
        if (IsDeclassified(c)) return all;
        var marks = c.Portions.Select(x => Mark(x.Mark, c)).ToList();
        if (mode == ReleaseMode.WholeCable)
        {
            var level = marks.Select(m => m.Level).Append(c.Cable.Level).Max();
            var noForn = c.Cable.Captions.Contains("NOFORN") || marks.Any(m => m.NoForn);
            return Covers(p, (level, noForn)) ? all : null;
        }
        var released = c.Portions.Where((x, i) => Covers(p, marks[i])).Select(x => x.Word).ToHashSet();
        return released.Count == 0 ? null : released;
    }

    /// <summary>How many portions are withheld from a reader who sees the cable.</summary>
    public static int WithheldCount(Case c, Principal p, ReleaseMode mode) => c.Portions.Count - Released(c, p, mode)!.Count;

    /// <summary>Every secret word of the fixtures, with the old version's.</summary>
    public static IReadOnlyList<string> AllWords { get; } = [.. All.SelectMany(c => c.Portions.Select(x => x.Word)), OldVersionWord];

    /// <summary>The words <paramref name="p"/> may read anywhere.</summary>
    public static HashSet<string> Allowed(Principal p, ReleaseMode mode)
    {
        var allowed = new HashSet<string>();
        foreach (var c in All)
            if (Released(c, p, mode) is { } words)
            {
                allowed.UnionWith(words);
                if (c == Secret && words.Contains(ParagraphWord(Secret.Code, 0))) allowed.Add(OldVersionWord);
            }
        return allowed;
    }

    /// <summary>The ids each case cites (as the fixtures' REF lines say), resolved to 2008 ids.</summary>
    public static IReadOnlyList<string> Cites(Case c) => c.Cable.Refs is null
        ? []
        : [.. c.Cable.Refs.Replace("A. ", "", StringComparison.Ordinal).Split(" B. ").Select(r => "08" + r.Replace(" ", "", StringComparison.Ordinal))];

    public static Case? ById(string id) => All.FirstOrDefault(c => c.Id == id);
}
