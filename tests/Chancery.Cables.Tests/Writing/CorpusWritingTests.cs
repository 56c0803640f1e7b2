using Chancery.Cables.Tests.Envelope;

namespace Chancery.Cables.Tests.Writing;

/// <summary>The writer on what the reader makes of real cables (the developer corpus; skipped without it).</summary>
public class CorpusWritingTests
{
    /// <summary>Fields a real cable keeps through write and read: its identity, date, precedence, level and addressees.</summary>
    private static readonly (string Name, Func<Cable, object?> Get)[] StableFields =
    [
        ("referenceId", c => c.ReferenceId), ("origin", c => c.Origin), ("serial", c => c.Serial), ("created", c => c.Created),
        ("precedence", c => c.Precedence), ("infoPrecedence", c => c.InfoPrecedence), ("classification", c => c.Classification),
        ("from", c => c.From), ("to", c => c.To), ("info", c => c.Info), ("exempted", c => c.Exempted),
    ];

    [Fact]
    public void RealCablesAreWrittenWithinTheLineRulesAndKeepTheirIdentityAndAddressees()
    {
        var corpus = CorpusLocator.RequireCorpus();
        var files = Directory.GetFiles(Path.Combine(corpus, "cables"), "*.txt").Order(StringComparer.Ordinal).Where((_, i) => i % 3 == 0).ToList();
        Assert.NotEmpty(files);
        var reader = new CableReader();
        var writer = new CableWriter();
        var failures = new List<string>();
        foreach (var file in files)
        {
            var cable = reader.Read(File.ReadAllText(file));
            var written = writer.Write(cable);
            WriterAssert.LinesFitAndAreSafe(written);
            var again = reader.Read(written);
            failures.AddRange(StableFields
                .Where(f => !Equals(f.Get(cable), f.Get(again)))
                .Select(f => $"{Path.GetFileName(file)} {f.Name}: {f.Get(cable)} became {f.Get(again)}"));
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
    }
}
