using Chancery.Cables;

namespace Chancery.Archive.Tests.Postgres;

/// <summary>Small cables written for these tests, built as records (the store keeps whatever text it is given).</summary>
internal static class TestCables
{
    public static IncomingCable Make(string id, string subject, string body, string created,
        Classification classification = Classification.Unclassified, string[]? tags = null, string[]? captions = null,
        string[]? cites = null, string? summary = null, string? published = null, string rawSuffix = "",
        EquatableList<Paragraph>? paragraphs = null)
    {
        var origin = new string([.. id.Skip(2).TakeWhile(char.IsLetter)]);
        var cable = new Cable
        {
            ReferenceId = id,
            Origin = origin,
            Created = DateTime.SpecifyKind(DateTime.Parse(created, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc),
            Classification = classification,
            Captions = [.. captions ?? []],
            From = new Addressee("RUEHAA", $"AMEMBASSY {origin}"),
            To = [new Addressee("RUEHC", "SECSTATE WASHDC")],
            Tags = [.. tags ?? ["PREL"]],
            Subject = subject,
            Summary = summary,
            References = [.. (cites ?? []).Select((c, i) => new Reference(((char)('A' + i)).ToString(), c, ReferenceKind.Cable, c))],
            Paragraphs = paragraphs ?? EquatableList<Paragraph>.Empty,
            Body = body,
        };
        var raw = $"{Names.Of(classification)}\nSUBJECT: {subject}\n\n{body}\n{rawSuffix}";
        return new IncomingCable(id, published, raw, cable, $"test/{id}.txt");
    }
}
