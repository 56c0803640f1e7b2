namespace Chancery.Cables.Reading.Text;

/// <summary>What the body holds: the text itself, its numbered paragraphs, the summary and the signature.</summary>
internal sealed record BodyText(LazyText Body, List<Paragraph> Paragraphs, string? Summary, string? Signature);
