namespace Chancery.Cables;

/// <summary>Options for <see cref="CableReader"/>.</summary>
public sealed record CableReaderOptions
{
    /// <summary>The default options: tolerant, sections merged.</summary>
    public static CableReaderOptions Default { get; } = new();

    /// <summary>Merge sections of one message found in one input into one cable (default true).</summary>
    public bool MergeSections { get; init; } = true;
}
