namespace Chancery.Cli.Inputs;

/// <summary>How an input's bytes are to be read.</summary>
internal enum InputKind
{
    /// <summary>Cable text (raw transmission, web copy, HTML page, stream of cables): given to the reader.</summary>
    Text,

    /// <summary>The Cablegate <c>cables.csv</c> layout.</summary>
    Csv,

    /// <summary>Contract JSON, one cable per line.</summary>
    Jsonl,

    /// <summary>Standard input; its kind is decided by looking at the text.</summary>
    Stdin,
}

/// <summary>One input to read: a path as given (or found under a directory that was given), or <c>-</c>.</summary>
internal sealed record InputFile(string Path, InputKind Kind)
{
    /// <summary>The kind of input a file name stands for; anything else named explicitly is read as text.</summary>
    public static InputKind KindOf(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => InputKind.Csv,
        ".jsonl" => InputKind.Jsonl,
        _ => InputKind.Text,
    };
}
