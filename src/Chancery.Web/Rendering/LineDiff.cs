using Chancery.Archive.Versions;

namespace Chancery.Web.Rendering;

/// <summary>What happened to one line between two versions.</summary>
internal enum LineChange { Same, Added, Removed }

/// <summary>One line of a diff with its line numbers in the old and new text.</summary>
internal sealed record DiffLine(LineChange Change, string Text, int? OldNumber, int? NewNumber);

/// <summary>The archive's line diff of two versions (<see cref="VersionDiff"/>), with long unchanged stretches folded.</summary>
internal static class LineDiff
{
    /// <summary>Unchanged lines kept around each change.</summary>
    public const int Context = 3;

    /// <summary>The diff; a null entry stands for folded unchanged lines.</summary>
    public static List<DiffLine?> Compute(string oldText, string newText)
    {
        var lines = VersionDiff.Compare(oldText, newText).Lines
            .Select(l => new DiffLine(l.Kind switch
            {
                DiffLineKind.Added => LineChange.Added,
                DiffLineKind.Removed => LineChange.Removed,
                _ => LineChange.Same,
            }, l.Text, l.OldNumber, l.NewNumber))
            .ToList();
        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Change == LineChange.Same) continue;
            for (var j = Math.Max(0, i - Context); j <= Math.Min(lines.Count - 1, i + Context); j++) keep[j] = true;
        }
        var result = new List<DiffLine?>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (keep[i]) result.Add(lines[i]);
            else if (result.Count == 0 || result[^1] is not null) result.Add(null);
        }
        return result;
    }
}
