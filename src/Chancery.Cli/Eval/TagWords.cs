using System.Text.RegularExpressions;

namespace Chancery.Cli.Eval;

/// <summary>
/// TAGS compared as sets of words (corpus README point 4): WikiLeaks' linked tags are the words of the first
/// physical TAGS line, so composite and person tags are split (<c>OVIP (CLINTON, HILLARY)</c> gives
/// <c>OVIP</c>, <c>CLINTON</c>, <c>HILLARY</c>) and a wrapped TAGS field loses its second line.
/// </summary>
internal static partial class TagWords
{
    [GeneratedRegex("[^A-Z0-9]+")]
    private static partial Regex Separators();

    public static IEnumerable<string> Split(string text) =>
        Separators().Split(text.ToUpperInvariant()).Where(w => w.Length > 0);

    /// <summary>
    /// Pass when every golden word is one of ours (or, when WikiLeaks ran several tags together as in
    /// <c>ECONEFIN</c>, a run of our words), and every word we have beyond the golden ones is a word of the
    /// text's TAGS field (its continuation line).
    /// </summary>
    public static Grade Compare(IReadOnlyList<string> golden, IReadOnlyList<string> ours, Func<IReadOnlySet<string>> tagsFieldWords)
    {
        var goldenWords = golden.SelectMany(Split).ToHashSet(StringComparer.Ordinal);
        var ourList = ours.SelectMany(Split).ToList();
        var ourWords = ourList.ToHashSet(StringComparer.Ordinal);
        var joined = string.Concat(ourList);
        var missing = goldenWords.Where(w => !ourWords.Contains(w) && !(w.Length >= 6 && joined.Contains(w, StringComparison.Ordinal))).ToList();
        var extra = ourWords.Where(w => !goldenWords.Contains(w) && !goldenWords.Any(g => g.Length >= 6 && g.Contains(w, StringComparison.Ordinal))).ToList();
        var field = extra.Count > 0 ? tagsFieldWords() : null;
        var unexplained = field is null ? extra : extra.Where(w => !field.Contains(w)).ToList();
        var note = missing.Count > 0 ? "missing " + string.Join(' ', missing)
            : unexplained.Count > 0 ? "not in the TAGS field: " + string.Join(' ', unexplained)
            : null;
        return Grade.Of(missing.Count == 0 && unexplained.Count == 0, string.Join(' ', golden), string.Join(' ', ours), note);
    }
}
