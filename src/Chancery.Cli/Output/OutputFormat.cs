namespace Chancery.Cli.Output;

/// <summary>What <c>chancery parse</c> writes.</summary>
internal enum OutputFormat
{
    /// <summary>One contract JSON object per line.</summary>
    Jsonl,

    /// <summary>One indented JSON array.</summary>
    Json,

    /// <summary>A human summary.</summary>
    Text,
}
