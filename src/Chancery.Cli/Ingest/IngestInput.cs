namespace Chancery.Cli.Ingest;

/// <summary>How an ingest input is read.</summary>
internal enum IngestInputKind
{
    /// <summary>One cable text (or a stream of cables) per file: <c>.txt</c>, <c>.html</c>, <c>.htm</c>.</summary>
    Text,

    /// <summary>The Cablegate <c>cables.csv</c> layout, streamed record by record.</summary>
    Csv,

    /// <summary>Contract JSON, one cable per line (<c>chancery parse --jsonl</c>).</summary>
    Jsonl,

    /// <summary>Decided by looking at the first characters: standard input, or a file with another extension.</summary>
    Sniff,
}

/// <summary>One input of an ingest run.</summary>
/// <param name="Path">The file as given or found, or <c>-</c> for standard input.</param>
/// <param name="Kind">How to read it.</param>
/// <param name="Length">Its size in bytes (0 for standard input), for the progress estimate.</param>
internal sealed record IngestInput(string Path, IngestInputKind Kind, long Length)
{
    /// <summary>True for standard input.</summary>
    public bool IsStdin => Path == "-";

    /// <summary>How the name in messages and version history reads.</summary>
    public string DisplayName => IsStdin ? "stdin" : Path;

    /// <summary>The kind a file name stands for.</summary>
    public static IngestInputKind KindOf(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" or ".html" or ".htm" => IngestInputKind.Text,
        ".csv" => IngestInputKind.Csv,
        ".jsonl" => IngestInputKind.Jsonl,
        _ => IngestInputKind.Sniff,
    };
}
