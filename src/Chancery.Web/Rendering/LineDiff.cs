using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Chancery.Web.Rendering;

/// <summary>What happened to one line between two versions.</summary>
internal enum LineChange { Same, Added, Removed }

/// <summary>One line of a diff with its line numbers in the old and new text.</summary>
internal sealed record DiffLine(LineChange Change, string Text, int? OldNumber, int? NewNumber);

/// <summary>A line diff of two versions' raw texts (DiffPlex), with long unchanged stretches folded.</summary>
internal static class LineDiff
{
    /// <summary>Unchanged lines kept around each change.</summary>
    public const int Context = 3;

    /// <summary>The diff; a null entry stands for folded unchanged lines.</summary>
    public static List<DiffLine?> Compute(string oldText, string newText)
    {
        var model = InlineDiffBuilder.Diff(oldText.ReplaceLineEndings("\n"), newText.ReplaceLineEndings("\n"), ignoreWhiteSpace: false);
        var lines = new List<DiffLine>(model.Lines.Count);
        int oldNumber = 0, newNumber = 0;
        foreach (var piece in model.Lines)
        {
            switch (piece.Type)
            {
                case ChangeType.Inserted: lines.Add(new DiffLine(LineChange.Added, piece.Text ?? "", null, ++newNumber)); break;
                case ChangeType.Deleted: lines.Add(new DiffLine(LineChange.Removed, piece.Text ?? "", ++oldNumber, null)); break;
                default: lines.Add(new DiffLine(LineChange.Same, piece.Text ?? "", ++oldNumber, ++newNumber)); break;
            }
        }
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
