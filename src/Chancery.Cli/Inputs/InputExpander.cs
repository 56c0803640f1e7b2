namespace Chancery.Cli.Inputs;

/// <summary>Turns the PATH arguments into the list of inputs, in order, and reports paths that cannot be read.</summary>
internal static class InputExpander
{
    /// <summary>The extensions read when recursing into a directory.</summary>
    public static readonly IReadOnlySet<string> DirectoryExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".html", ".htm", ".csv", ".jsonl" };

    /// <summary>
    /// Files stay as given, <c>-</c> is standard input, directories are walked recursively (files sorted by path
    /// so output order is stable). A missing path is reported through <paramref name="fail"/> and skipped.
    /// </summary>
    public static List<InputFile> Expand(IEnumerable<string> paths, Action<string> fail)
    {
        var inputs = new List<InputFile>();
        foreach (var path in paths)
        {
            if (path == "-")
            {
                inputs.Add(new InputFile(path, InputKind.Stdin));
            }
            else if (File.Exists(path))
            {
                inputs.Add(new InputFile(path, InputFile.KindOf(path)));
            }
            else if (Directory.Exists(path))
            {
                try
                {
                    var files = Directory.EnumerateFiles(path, "*", new EnumerationOptions
                        {
                            RecurseSubdirectories = true,
                            IgnoreInaccessible = false,
                        })
                        .Where(f => DirectoryExtensions.Contains(Path.GetExtension(f)))
                        .Order(StringComparer.Ordinal);
                    inputs.AddRange(files.Select(f => new InputFile(f, InputFile.KindOf(f))));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    fail(CannotRead(path, e.Message));
                }
            }
            else
            {
                fail(CannotRead(path, "no such file or directory"));
            }
        }
        return inputs;
    }

    /// <summary>The one line that names an unreadable path.</summary>
    public static string CannotRead(string path, string reason) => $"cannot read '{path}': {reason}";
}
