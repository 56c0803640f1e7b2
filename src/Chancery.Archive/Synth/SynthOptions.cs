namespace Chancery.Archive.Synth;

/// <summary>What <see cref="SyntheticCorpus"/> generates.</summary>
public sealed record SynthOptions
{
    /// <summary>How many cables (first versions); at least 1.</summary>
    public int Count { get; init; } = 1_000;

    /// <summary>The seed: the same seed and options give the same cables, byte for byte.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>The share of cables that also get a second version (same id, slightly changed text).</summary>
    public double VersionShare { get; init; } = 0.01;

    /// <summary>The share of REF entries that cite a cable the corpus does not hold (dangling references).</summary>
    public double DanglingShare { get; init; } = 0.1;
}
