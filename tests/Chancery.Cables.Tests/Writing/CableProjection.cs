namespace Chancery.Cables.Tests.Writing;

/// <summary>
/// The fields of a cable that the writer emits, compared one by one so a failing round trip names the field.
/// Summary and Body are left out (the writer writes paragraphs; the reader derives both from them).
/// </summary>
internal static class CableProjection
{
    private static readonly (string Name, Func<Cable, object?> Get)[] Fields =
    [
        ("referenceId", c => c.ReferenceId),
        ("origin", c => c.Origin),
        ("serial", c => c.Serial),
        ("created", c => c.Created),
        ("precedence", c => c.Precedence),
        ("infoPrecedence", c => c.InfoPrecedence),
        ("classification", c => c.Classification),
        ("captions", c => c.Captions),
        ("sections", c => c.Sections),
        ("transmission", c => c.Transmission),
        ("from", c => c.From),
        ("to", c => c.To),
        ("info", c => c.Info),
        ("exempted", c => c.Exempted),
        ("forLines", c => c.ForLines),
        ("executiveOrder", c => c.ExecutiveOrder),
        ("classifiedBy", c => c.ClassifiedBy),
        ("tags", c => c.Tags),
        ("subject", c => c.Subject),
        ("subjectMarking", c => c.SubjectMarking),
        ("references", c => c.References),
        ("paragraphs", c => c.Paragraphs),
        ("signature", c => c.Signature),
    ];

    /// <summary>
    /// Reads <paramref name="written"/> (the writer's output for <paramref name="original"/>) and asserts every
    /// projected field equals the original's. The expected sections are what the writer produced: the
    /// number of transmissions in the text, all present.
    /// </summary>
    public static void AssertRoundTrip(Cable original, string written)
    {
        var count = written.Split('\n').Count(l => l == "NNNN");
        var expected = original with
        {
            Sections = count > 1 ? new SectionInfo(count, [.. Enumerable.Range(1, count)]) : null,
        };
        var read = new CableReader().Read(written);
        var differences = Fields
            .Where(f => !Equals(f.Get(expected), f.Get(read)))
            .Select(f => $"{f.Name}: expected {f.Get(expected)} but read {f.Get(read)}")
            .ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences) + "\n--- text ---\n" + written);
    }
}
