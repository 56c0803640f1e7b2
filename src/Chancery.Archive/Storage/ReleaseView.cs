using Chancery.Cables;

namespace Chancery.Archive.Storage;

/// <summary>
/// One distinct released text of a cable: what a group of reader types may read of it. Every cable has exactly one
/// view with every portion (<see cref="IsFull"/>); a cable with mixed portion marks has up to a few more. Each reader
/// type is in at most one view's <see cref="Mask"/>, so joining a principal's views never gives a cable twice.
/// </summary>
/// <param name="Mask">Reader types (bits, see <see cref="ReaderTypes"/>) this view serves in portion-release mode.</param>
/// <param name="FullMask">Reader types that may read the whole cable in whole-cable mode (their clearance covers its
/// effective marking); only the full view has any.</param>
/// <param name="IsFull">True for the view with every portion: the cable as stored.</param>
/// <param name="SubjectTokens">Search tokens of the released subject (empty when withheld).</param>
/// <param name="BodyTokens">Search tokens of the released body text.</param>
public sealed record ReleaseView(int Mask, int FullMask, bool IsFull, string SubjectTokens, string BodyTokens)
{
    /// <summary>
    /// The views of <paramref name="cable"/>, the full one first. <paramref name="subjectTokens"/> and
    /// <paramref name="bodyTokens"/> are the whole cable's tokens (the full view's), computed once by the caller.
    /// </summary>
    public static IReadOnlyList<ReleaseView> Of(Cable cable, EffectiveMarking marking, string subjectTokens, string bodyTokens)
    {
        var portions = Portion.Of(cable);
        var fullMask = 0;
        var fullTypes = 0;
        var partial = new Dictionary<string, int>(StringComparer.Ordinal);
        var key = new char[portions.Count];
        for (var type = 0; type < ReaderTypes.Count; type++)
        {
            var released = 0;
            for (var i = 0; i < portions.Count; i++)
            {
                var yes = portions[i].ReleasedTo(type);
                key[i] = yes ? '1' : '0';
                if (yes) released++;
            }
            if (released == portions.Count)
            {
                fullTypes |= 1 << type;
                if (marking.Level <= ReaderTypes.Clearance(type) && (!marking.NoForn || ReaderTypes.NoForn(type))) fullMask |= 1 << type;
            }
            else if (released > 0)
            {
                var k = new string(key);
                partial[k] = partial.GetValueOrDefault(k) | 1 << type;
            }
        }
        var views = new List<ReleaseView>(1 + partial.Count) { new(fullTypes, fullMask, true, subjectTokens, bodyTokens) };
        foreach (var (released, mask) in partial)
        {
            var subject = released[0] == '1' ? subjectTokens : "";
            var body = cable.Paragraphs.Count == 0
                ? (released[1] == '1' ? bodyTokens : "")
                : CableDocument.Tokens(string.Join('\n', cable.Paragraphs.Where((_, i) => released[i + 1] == '1').Select(p => p.Text)));
            views.Add(new ReleaseView(mask, 0, false, subject, body));
        }
        return views;
    }

    /// <summary>The E.O. line's DECL date as <c>yyyy-MM-dd</c>, or null when it has none or a word (N/A, OADR, X1, 25X1).</summary>
    public static string? DeclassifyDate(Cable cable) =>
        cable.ExecutiveOrder?.Declassify is { Length: 10 } text
        && DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
            ? text
            : null;
}
