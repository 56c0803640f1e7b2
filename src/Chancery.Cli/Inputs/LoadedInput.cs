using Chancery.Cables;

namespace Chancery.Cli.Inputs;

/// <summary>A cable read from an input, with the text it was read from (null for JSONL inputs).</summary>
/// <param name="Cable">The cable; its diagnostics carry lines of the input file.</param>
/// <param name="Text">The text given to the reader (a CSV record's header and body for CSV inputs).</param>
/// <param name="MapLine">Maps a 1-based line of <paramref name="Text"/> to a line of the input file.</param>
internal sealed record LoadedCable(Cable Cable, string? Text, Func<int, int> MapLine);

/// <summary>What one input yielded: cables in input order, and one-line errors about parts that could not be read.</summary>
internal sealed record LoadedInput(InputFile Input, IReadOnlyList<LoadedCable> Cables, IReadOnlyList<string> Errors)
{
    /// <summary>True when something in this input could not be read.</summary>
    public bool Failed => Errors.Count > 0;
}
