using System.Globalization;
using System.Text;
using Chancery.Archive;
using Chancery.Archive.Versions;
using Spectre.Console;

namespace Chancery.Cli.Archive;

/// <summary>What changed between two stored versions of a cable (<see cref="VersionDiff"/>), as a unified diff.</summary>
internal static class VersionDiffText
{
    /// <summary>Unchanged lines shown around each change.</summary>
    public const int Context = 3;

    /// <summary>The unified diff from <paramref name="older"/> to <paramref name="newer"/>, or "" when their texts have the same lines.</summary>
    public static string Unified(string referenceId, CableVersion older, CableVersion newer)
    {
        var diff = VersionDiff.Compare(older, newer);
        if (diff.IsEmpty) return "";
        var text = new StringBuilder();
        text.Append("--- ").Append(Label(referenceId, older)).Append('\n');
        text.Append("+++ ").Append(Label(referenceId, newer)).Append('\n');
        foreach (var (start, end) in Hunks(diff.Lines)) AppendHunk(text, diff.Lines, start, end);
        return text.ToString();
    }

    /// <summary>Prints <paramref name="diff"/>, with removed lines red and added lines green on a terminal.</summary>
    public static void Write(IAnsiConsole console, string diff, bool colours)
    {
        if (!colours)
        {
            console.Profile.Out.Writer.Write(diff);
            return;
        }
        foreach (var line in diff.AsSpan().TrimEnd('\n').ToString().Split('\n'))
        {
            var style = line.StartsWith("@@", StringComparison.Ordinal) ? "cyan"
                : line.StartsWith("+++", StringComparison.Ordinal) || line.StartsWith("---", StringComparison.Ordinal) ? "bold"
                : line.StartsWith('+') ? "green"
                : line.StartsWith('-') ? "red"
                : null;
            console.MarkupLine(style is null ? Markup.Escape(line) : $"[{style}]{Markup.Escape(line)}[/]");
        }
    }

    /// <summary>Ranges [start, end) of lines to show: each change with its context, neighbours closer than 2 x context merged.</summary>
    private static List<(int Start, int End)> Hunks(IReadOnlyList<DiffLine> lines)
    {
        var hunks = new List<(int Start, int End)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind == DiffLineKind.Unchanged) continue;
            var start = Math.Max(0, i - Context);
            var end = Math.Min(lines.Count, i + Context + 1);
            if (hunks.Count > 0 && start <= hunks[^1].End) hunks[^1] = (hunks[^1].Start, end);
            else hunks.Add((start, end));
        }
        return hunks;
    }

    private static void AppendHunk(StringBuilder text, IReadOnlyList<DiffLine> lines, int start, int end)
    {
        var slice = Enumerable.Range(start, end - start).Select(i => lines[i]).ToList();
        var oldCount = slice.Count(l => l.OldNumber is not null);
        var newCount = slice.Count(l => l.NewNumber is not null);
        // An empty side is named by the line before it, as diff(1) does.
        var oldStart = slice.FirstOrDefault(l => l.OldNumber is not null)?.OldNumber
            ?? lines.Take(start).LastOrDefault(l => l.OldNumber is not null)?.OldNumber ?? 0;
        var newStart = slice.FirstOrDefault(l => l.NewNumber is not null)?.NewNumber
            ?? lines.Take(start).LastOrDefault(l => l.NewNumber is not null)?.NewNumber ?? 0;
        text.Append(CultureInfo.InvariantCulture, $"@@ -{oldStart},{oldCount} +{newStart},{newCount} @@\n");
        foreach (var line in slice)
        {
            text.Append(line.Kind switch { DiffLineKind.Added => '+', DiffLineKind.Removed => '-', _ => ' ' });
            text.Append(line.Text).Append('\n');
        }
    }

    private static string Label(string referenceId, CableVersion version) =>
        $"{referenceId} version {version.Number} ({version.StoredAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)}, {version.Source})";
}
