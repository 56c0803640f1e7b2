using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Chancery.Archive.Versions;

/// <summary>How one line of a version diff changed.</summary>
public enum DiffLineKind
{
    /// <summary>In both texts.</summary>
    Unchanged,
    /// <summary>Only in the newer text.</summary>
    Added,
    /// <summary>Only in the older text.</summary>
    Removed,
}

/// <summary>One line of a diff.</summary>
/// <param name="Kind">How it changed.</param>
/// <param name="Text">The line, without its line break.</param>
/// <param name="OldNumber">1-based line number in the older text, or null for an added line.</param>
/// <param name="NewNumber">1-based line number in the newer text, or null for a removed line.</param>
public sealed record DiffLine(DiffLineKind Kind, string Text, int? OldNumber, int? NewNumber);

/// <summary>
/// A line diff of two versions' raw text (DiffPlex), as a small model the CLI and the web render their own way.
/// </summary>
/// <param name="FromVersion">The older version's number (0 when comparing plain texts).</param>
/// <param name="ToVersion">The newer version's number (0 when comparing plain texts).</param>
/// <param name="Lines">Every line of both texts in order: removed lines before the added lines that replace them.</param>
public sealed record VersionDiff(int FromVersion, int ToVersion, IReadOnlyList<DiffLine> Lines)
{
    /// <summary>Lines only in the newer text.</summary>
    public int Added => Lines.Count(l => l.Kind == DiffLineKind.Added);

    /// <summary>Lines only in the older text.</summary>
    public int Removed => Lines.Count(l => l.Kind == DiffLineKind.Removed);

    /// <summary>True when the texts have the same lines.</summary>
    public bool IsEmpty => Added == 0 && Removed == 0;

    /// <summary>Compares two versions of a cable.</summary>
    public static VersionDiff Compare(CableVersion from, CableVersion to) =>
        Compare(from.RawText, to.RawText) with { FromVersion = from.Number, ToVersion = to.Number };

    /// <summary>Compares two texts line by line; whitespace inside lines counts.</summary>
    public static VersionDiff Compare(string older, string newer)
    {
        var model = InlineDiffBuilder.Diff(Normalize(older), Normalize(newer), ignoreWhiteSpace: false);
        var lines = new List<DiffLine>(model.Lines.Count);
        int oldNumber = 0, newNumber = 0;
        foreach (var piece in model.Lines)
        {
            switch (piece.Type)
            {
                case ChangeType.Deleted:
                    lines.Add(new DiffLine(DiffLineKind.Removed, piece.Text ?? "", ++oldNumber, null));
                    break;
                case ChangeType.Inserted:
                    lines.Add(new DiffLine(DiffLineKind.Added, piece.Text ?? "", null, ++newNumber));
                    break;
                case ChangeType.Unchanged:
                    lines.Add(new DiffLine(DiffLineKind.Unchanged, piece.Text ?? "", ++oldNumber, ++newNumber));
                    break;
            }
        }
        return new VersionDiff(0, 0, lines);
    }

    /// <summary>One kind of line break, and no empty last line for a text that ends with one.</summary>
    private static string Normalize(string text)
    {
        var unified = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        return unified.EndsWith('\n') ? unified[..^1] : unified;
    }
}
