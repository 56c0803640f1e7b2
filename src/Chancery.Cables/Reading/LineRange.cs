using System.Collections;

namespace Chancery.Cables.Reading;

/// <summary>A window onto lines[start..start+count) of a list, so one cable of a stream is read without copying its lines.</summary>
internal sealed class LineRange(List<SourceLine> lines, int start, int count) : IReadOnlyList<SourceLine>
{
    /// <inheritdoc />
    public SourceLine this[int index] =>
        (uint)index < (uint)count ? lines[start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <inheritdoc />
    public int Count => count;

    /// <inheritdoc />
    public IEnumerator<SourceLine> GetEnumerator()
    {
        for (var i = 0; i < count; i++) yield return lines[start + i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
