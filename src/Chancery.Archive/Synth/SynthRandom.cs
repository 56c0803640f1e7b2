namespace Chancery.Archive.Synth;

/// <summary>
/// A small, fast pseudo-random generator (SplitMix64) whose sequence is fixed by its seed on every platform and
/// runtime version (unlike <see cref="Random"/>, whose algorithm may change), so a synthetic corpus is reproducible.
/// </summary>
internal sealed class SynthRandom
{
    private ulong _state;

    /// <summary>A generator for the stream named by <paramref name="seed"/> and <paramref name="stream"/> (e.g. a cable's index).</summary>
    public SynthRandom(long seed, long stream = 0, long substream = 0)
    {
        _state = Mix((ulong)seed ^ 0x9E3779B97F4A7C15UL);
        _state = Mix(_state ^ (ulong)stream * 0xD1B54A32D192ED03UL);
        _state = Mix(_state ^ (ulong)substream * 0xAEF17502108EF2D9UL);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A number in [0, <paramref name="max"/>).</summary>
    public int Next(int max) => max <= 1 ? 0 : (int)((NextUInt64() >> 33) % (ulong)max);

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>A number in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>One item of <paramref name="items"/>, uniformly.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A log-normally distributed number with the given median and spread (sigma of the log).</summary>
    public double LogNormal(double median, double sigma)
    {
        // Box-Muller; 1 - u keeps the logarithm finite.
        var u = 1.0 - NextDouble();
        var v = NextDouble();
        var normal = Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
        return median * Math.Exp(sigma * normal);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
