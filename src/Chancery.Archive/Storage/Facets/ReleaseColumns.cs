namespace Chancery.Archive.Storage.Facets;

/// <summary>
/// The release columns of every view and cable as in-memory arrays: for each view (by its row id) its cable, the
/// reader types it serves and whether it is the full text; for each cable (by its row id) the restricted captions it
/// carries and its DECL date. With them, need-to-know for a search without filters of other kinds is decided without a
/// join per matching view (see <see cref="ReleaseCheck"/>).
/// </summary>
internal sealed class ReleaseColumns
{
    private readonly int[] _viewCable;
    private readonly ushort[] _mask;
    private readonly ushort[] _fullMask;
    private readonly bool[] _isFull;
    private readonly int[] _restricted;
    private readonly string?[] _declDate;

    internal ReleaseColumns(int[] viewCable, ushort[] mask, ushort[] fullMask, bool[] isFull, int[] restricted, string?[] declDate)
    {
        _viewCable = viewCable;
        _mask = mask;
        _fullMask = fullMask;
        _isFull = isFull;
        _restricted = restricted;
        _declDate = declDate;
    }

    /// <summary>One more than the highest view row id.</summary>
    public int ViewCapacity => _viewCable.Length;

    /// <summary>The cable row id of view <paramref name="view"/>, or -1 for an unknown view.</summary>
    public int CableOf(long view) => view >= 0 && view < _viewCable.Length ? _viewCable[view] : -1;

    /// <summary>The reader types (bits) view <paramref name="view"/> is released to.</summary>
    public int Mask(long view) => _mask[view];

    /// <summary>The reader types (bits) that may read the full text of the cable of view <paramref name="view"/>.</summary>
    public int FullMask(long view) => _fullMask[view];

    /// <summary>True when view <paramref name="view"/> is the cable's full text.</summary>
    public bool IsFull(long view) => _isFull[view];

    /// <summary>The restricted-caption bits of cable <paramref name="cable"/>.</summary>
    public int Restricted(int cable) => cable < _restricted.Length ? _restricted[cable] : 0;

    /// <summary>The stored DECL date of cable <paramref name="cable"/> (<c>yyyy-MM-dd</c>), or null.</summary>
    public string? DeclDate(int cable) => cable < _declDate.Length ? _declDate[cable] : null;
}
