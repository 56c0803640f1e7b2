using Chancery.Archive.Security;

namespace Chancery.Archive.Storage.Facets;

/// <summary>
/// The need-to-know predicate of <c>SqlitePolicy.Where</c> in memory, over <see cref="ReleaseColumns"/>: for one
/// reader under one set of rules, whether a view is the one that reader is served. Both must always agree; the facet
/// index equivalence tests compare them for readers of every level.
/// </summary>
internal sealed class ReleaseCheck
{
    private readonly ReleaseColumns _columns;
    private readonly bool _seesEverything;
    private readonly int _bit;
    private readonly int _missing;
    private readonly ReleaseRules _rules;
    private readonly IReadOnlySet<long> _declassified;

    /// <summary>The check for <paramref name="principal"/> under <paramref name="rules"/>, with the explicitly declassified cables.</summary>
    public ReleaseCheck(ReleaseColumns columns, Principal principal, ReleaseRules rules, IReadOnlySet<long> declassified)
    {
        _columns = columns;
        _seesEverything = principal.SeesEverything;
        _bit = _seesEverything ? 0 : ReaderTypes.BitOf(principal);
        _missing = _seesEverything ? 0 : EffectiveMarking.MissingAccessMask(principal);
        _rules = rules;
        _declassified = declassified;
    }

    /// <summary>True when view <paramref name="view"/> of cable <paramref name="cable"/> is served to the reader.</summary>
    public bool Passes(long view, int cable)
    {
        var isFull = _columns.IsFull(view);
        if (_seesEverything) return isFull;
        if ((_columns.Restricted(cable) & _missing) != 0) return false;
        return _rules.Policy.Mode == ReleaseMode.WholeCable
            ? isFull && ((_columns.FullMask(view) & _bit) != 0 || Declassified(cable))
            : Declassified(cable) ? isFull : (_columns.Mask(view) & _bit) != 0;
    }

    private bool Declassified(int cable) =>
        _declassified.Contains(cable)
        || (_rules.Policy.AutoDeclassify && _columns.DeclDate(cable) is { } date && string.CompareOrdinal(date, _rules.Today) <= 0);
}
