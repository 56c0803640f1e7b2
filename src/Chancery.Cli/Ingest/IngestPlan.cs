namespace Chancery.Cli.Ingest;

/// <summary>
/// The inputs of an ingest run, found before anything is read: explicit files, <c>-</c>, and the
/// <c>.txt .html .htm .csv .jsonl</c> files under directories (recursively, sorted by path), with their total size
/// for the progress estimate. Only paths and sizes are held, never texts.
/// </summary>
/// <param name="Inputs">In order.</param>
/// <param name="TotalBytes">The sum of the files' sizes (standard input counts 0).</param>
/// <param name="HasStdin">True when <c>-</c> is among the inputs (its size is unknown).</param>
internal sealed record IngestPlan(IReadOnlyList<IngestInput> Inputs, long TotalBytes, bool HasStdin)
{
    private static readonly HashSet<string> DirectoryExtensions =
        new(StringComparer.OrdinalIgnoreCase) { ".txt", ".html", ".htm", ".csv", ".jsonl" };

    /// <summary>Builds the plan; a path that does not exist or a second <c>-</c> is a usage error, returned as one line.</summary>
    public static IngestPlan? TryBuild(IEnumerable<string> paths, out string? error)
    {
        var inputs = new List<IngestInput>();
        var stdin = false;
        error = null;
        foreach (var path in paths)
        {
            if (path == "-")
            {
                if (stdin)
                {
                    error = "standard input (-) can be given only once";
                    return null;
                }
                stdin = true;
                inputs.Add(new IngestInput(path, IngestInputKind.Sniff, 0));
            }
            else if (File.Exists(path))
            {
                inputs.Add(new IngestInput(path, IngestInput.KindOf(path), SizeOf(path)));
            }
            else if (Directory.Exists(path))
            {
                try
                {
                    inputs.AddRange(Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true })
                        .Where(f => DirectoryExtensions.Contains(Path.GetExtension(f)))
                        .Order(StringComparer.Ordinal)
                        .Select(f => new IngestInput(f, IngestInput.KindOf(f), SizeOf(f))));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error = $"cannot read '{path}': {e.Message}";
                    return null;
                }
            }
            else
            {
                error = $"cannot read '{path}': no such file or directory";
                return null;
            }
        }
        return new IngestPlan(inputs, inputs.Sum(i => i.Length), stdin);
    }

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
