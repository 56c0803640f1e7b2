namespace Chancery.Cables.Tests.Robustness;

/// <summary>
/// Tests that compare running times run alone: other tests running beside them on a two-core machine would
/// slow one measurement and not the other.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "timing";
}
