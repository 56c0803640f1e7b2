namespace Chancery.Cli.Inputs;

/// <summary>
/// A piece of an input that can be read on its own, on any thread: a whole file, or a batch of
/// <c>cables.csv</c> records (so a large CSV is parsed in parallel and never held in memory whole).
/// </summary>
/// <param name="Input">The input it belongs to.</param>
/// <param name="Load">Reads it into cables.</param>
/// <param name="Renumber">True when cable indexes must be counted across the input's units as they are consumed.</param>
internal sealed record WorkUnit(InputFile Input, Func<LoadedInput> Load, bool Renumber);
