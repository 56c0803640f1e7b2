using Chancery.Cables;

namespace Chancery.Archive.Synth;

/// <summary>One generated cable (or a second version of one).</summary>
/// <param name="Index">Its place in the corpus, oldest first, from 0.</param>
/// <param name="Version">1 for the original, 2 for a second version of the same reference id.</param>
/// <param name="Cable">The cable as generated (canonical: what the reader reads back from its text).</param>
public sealed record SyntheticCable(int Index, int Version, Cable Cable)
{
    /// <summary>The reference id, e.g. <c>06ANKARA1234</c>.</summary>
    public string ReferenceId => Cable.ReferenceId!;

    /// <summary>The year of the date-time group.</summary>
    public int Year => Cable.Created!.Value.Year;

    /// <summary>The file name: <c>ID.txt</c>, or <c>ID.v2.txt</c> for a second version.</summary>
    public string FileName => Version == 1 ? ReferenceId + ".txt" : $"{ReferenceId}.v{Version}.txt";
}
