using Chancery.Cables;

namespace Chancery.Archive.Synth;

/// <summary>
/// A Cablegate-like corpus generated from a seed, to measure the archive with: real station names and routing
/// indicators (from <see cref="StationDirectory"/>), TAGS with Cablegate's skew (PREL on half the cables),
/// its classification mix (about half unclassified, two in five confidential, one in sixteen secret, no top secret),
/// captions, dates from 1966 weighted to 2005-2009, multi-section long messages, REF lines citing earlier cables
/// of the corpus (and some that it does not hold), portion marks, E.O. and Classified By lines, signatures, and
/// prose from a template model of the project's own word lists. A small share of cables get a second version.
/// </summary>
/// <remarks>
/// Cable <c>i</c> depends only on the seed, the options and <c>i</c>, so cables can be built in any order or in
/// parallel and the corpus is the same, byte for byte, every time. Cables are numbered oldest first.
/// </remarks>
public sealed class SyntheticCorpus
{
    private readonly CorpusPlan _plan;
    private readonly CableComposer _composer;
    private readonly CableWriter _writer = new();

    /// <summary>Plans a corpus (cheap: ids, dates and origins only; text is made on demand).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the count is below 1 or a share is outside [0, 1].</exception>
    public SyntheticCorpus(SynthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Count, 1);
        if (options.VersionShare is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(options), "VersionShare must be between 0 and 1.");
        if (options.DanglingShare is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(options), "DanglingShare must be between 0 and 1.");
        Options = options;
        _plan = new CorpusPlan(options);
        _composer = new CableComposer(_plan, options);
    }

    /// <summary>The options the corpus was planned with.</summary>
    public SynthOptions Options { get; }

    /// <summary>How many cables (first versions).</summary>
    public int Count => _plan.Count;

    /// <summary>The reference ids of the corpus, oldest first.</summary>
    public IReadOnlyList<string> ReferenceIds => _plan.Ids;

    /// <summary>True when cable <paramref name="index"/> also has a second version.</summary>
    public bool HasSecondVersion(int index) => _plan.HasSecondVersion[index];

    /// <summary>Cable <paramref name="index"/> (0 = oldest) and, when it has one, its second version.</summary>
    public IReadOnlyList<SyntheticCable> Build(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        var first = _composer.Compose(index);
        if (!_plan.HasSecondVersion[index]) return [new SyntheticCable(index, 1, first)];
        return [new SyntheticCable(index, 1, first), new SyntheticCable(index, 2, _composer.Revise(index, first))];
    }

    /// <summary>Every cable and second version, oldest first (a second version right after its first).</summary>
    public IEnumerable<SyntheticCable> All()
    {
        for (var i = 0; i < Count; i++)
            foreach (var cable in Build(i))
                yield return cable;
    }

    /// <summary>The canonical ACP-127 text of <paramref name="cable"/> (<see cref="CableWriter"/>).</summary>
    public string Write(SyntheticCable cable) => _writer.Write(cable.Cable);
}
