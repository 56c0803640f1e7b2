namespace Chancery.Benchmarks;

/// <summary>
/// The developer corpus as one input: every <c>cables/*.txt</c> in name order, separated by <c>NNNN</c>
/// lines so the reader splits them back into cables. Found through env <c>CHANCERY_CORPUS</c>, then
/// <c>../shared/corpus</c> relative to the repository root.
/// </summary>
internal static class CorpusText
{
    public static string Load() => Join(LoadFiles());

    /// <summary>The text of each corpus cable, in file name order.</summary>
    public static List<string> LoadFiles()
    {
        var corpus = Find() ?? throw new InvalidOperationException(
            "The corpus was not found: set CHANCERY_CORPUS or put it at ../shared/corpus beside the repository.");
        var files = Directory.GetFiles(Path.Combine(corpus, "cables"), "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        return files.Select(File.ReadAllText).ToList();
    }

    /// <summary>Cables joined into one input, an <c>NNNN</c> line between each two.</summary>
    public static string Join(IEnumerable<string> cables) => string.Join("\nNNNN\n", cables);

    private static string? Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CHANCERY_CORPUS");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(Path.Combine(fromEnvironment, "cables")))
            return fromEnvironment;
        // BenchmarkDotNet runs the benchmark from a generated project deep under bin/, so walk up from there.
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (!File.Exists(Path.Combine(dir.FullName, "Chancery.slnx"))) continue;
                var candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
                if (Directory.Exists(Path.Combine(candidate, "cables"))) return candidate;
                break;
            }
        }
        return null;
    }
}
