using Chancery.Archive.Security;
using Chancery.Cables;

namespace Chancery.Archive.Storage;

/// <summary>
/// A cable as released to one reader type in portion-release mode: withheld paragraphs keep their number and mark with
/// no text, a withheld subject is absent, the body and summary hold only released text, and the raw text is the
/// canonical <see cref="CableWriter"/> text of that cable (never the stored original, which holds everything).
/// </summary>
public static class Redaction
{
    private static readonly CableWriter Writer = new();

    /// <summary>
    /// What <paramref name="readerType"/> may read of <paramref name="cable"/> (with raw text <paramref name="rawText"/>):
    /// the same cable and raw text with no withheld portions when everything is released.
    /// </summary>
    public static (Cable Cable, string RawText, EquatableList<WithheldPortion> Withheld) For(Cable cable, string rawText, int readerType)
    {
        var portions = Portion.Of(cable);
        var withheld = portions.Where(p => !p.ReleasedTo(readerType)).ToList();
        if (withheld.Count == 0) return (cable, rawText, EquatableList<WithheldPortion>.Empty);
        var redacted = Redact(cable, portions, readerType);
        return (redacted, Writer.Write(redacted), [.. withheld.Select(p => new WithheldPortion(p.Index, p.Number, p.Level, p.NoForn))]);
    }

    /// <summary>What <paramref name="readerType"/> may read of <paramref name="cable"/>, without its raw text.</summary>
    public static Cable CableFor(Cable cable, int readerType)
    {
        var portions = Portion.Of(cable);
        return portions.TrueForAll(p => p.ReleasedTo(readerType)) ? cable : Redact(cable, portions, readerType);
    }

    private static Cable Redact(Cable cable, List<Portion> portions, int readerType)
    {
        var subjectReleased = portions[0].ReleasedTo(readerType);
        if (cable.Paragraphs.Count == 0)
        {
            var bodyReleased = portions[1].ReleasedTo(readerType);
            return cable with
            {
                Subject = subjectReleased ? cable.Subject : null,
                Body = bodyReleased ? cable.Body : "",
                Summary = bodyReleased ? cable.Summary : null,
                Diagnostics = EquatableList<Diagnostic>.Empty,
            };
        }
        var paragraphs = cable.Paragraphs
            .Select((p, i) => portions[i + 1].ReleasedTo(readerType) ? p : new Paragraph(p.Number, p.Marking, ""))
            .ToList();
        var released = paragraphs.Where((_, i) => portions[i + 1].ReleasedTo(readerType)).ToList();
        var summary = cable.Summary is { Length: > 0 } s && released.Any(p => p.Text.Contains(s, StringComparison.Ordinal)) ? s : null;
        return cable with
        {
            Subject = subjectReleased ? cable.Subject : null,
            Paragraphs = [.. paragraphs],
            Body = string.Join("\n\n", released.Select(ParagraphLine)),
            Summary = summary,
            // Messages may quote the text they are about.
            Diagnostics = EquatableList<Diagnostic>.Empty,
        };
    }

    private static string ParagraphLine(Paragraph paragraph)
    {
        var head = paragraph.Number is { } n ? n + ". " : "";
        return head + (paragraph.Marking is { Length: > 0 } m ? "(" + m + ") " : "") + paragraph.Text;
    }
}
