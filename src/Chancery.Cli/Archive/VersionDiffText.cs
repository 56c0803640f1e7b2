using System.Globalization;
using Chancery.Archive;
using DiffPlex.Renderer;
using Spectre.Console;

namespace Chancery.Cli.Archive;

/// <summary>What changed between two stored versions of a cable, as a unified diff of their raw texts.</summary>
internal static class VersionDiffText
{
    /// <summary>The unified diff (3 lines of context) from <paramref name="older"/> to <paramref name="newer"/>.</summary>
    public static string Unified(string referenceId, CableVersion older, CableVersion newer)
    {
        var diff = new UnidiffRenderer(DiffPlex.Differ.Instance, 3).Generate(
            Normalise(older.RawText), Normalise(newer.RawText), Label(referenceId, older), Label(referenceId, newer),
            ignoreWhitespace: false, ignoreCase: false);
        return diff.Length == 0 || diff.EndsWith('\n') ? diff : diff + "\n";
    }

    /// <summary>Prints <paramref name="diff"/>, with removed lines red and added lines green on a terminal.</summary>
    public static void Write(IAnsiConsole console, string diff, bool colours)
    {
        if (!colours)
        {
            console.Profile.Out.Writer.Write(diff);
            return;
        }
        foreach (var line in diff.Split('\n'))
        {
            var style = line.StartsWith("@@", StringComparison.Ordinal) ? "cyan"
                : line.StartsWith("+++", StringComparison.Ordinal) || line.StartsWith("---", StringComparison.Ordinal) ? "bold"
                : line.StartsWith('+') ? "green"
                : line.StartsWith('-') ? "red"
                : null;
            console.MarkupLine(style is null ? Markup.Escape(line) : $"[{style}]{Markup.Escape(line)}[/]");
        }
    }

    private static string Label(string referenceId, CableVersion version) =>
        $"{referenceId} version {version.Number} ({version.StoredAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)}, {version.Source})";

    private static string Normalise(string text) => text.ReplaceLineEndings("\n");
}
