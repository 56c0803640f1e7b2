using Chancery.Cables.Tests.Envelope;

namespace Chancery.Cables.Tests.Rules;

public class RulesCorpusTests
{
    [Fact]
    public void EveryFindingOnTheCorpusHasAKnownCodeAndAPositionInsideTheText()
    {
        var corpus = CorpusLocator.RequireCorpus();
        var codes = CableRules.Descriptors.ToDictionary(d => d.Code);
        var reader = new CableReader();
        var checkedCables = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(corpus, "cables"), "*.txt").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r').Length;
            foreach (var finding in CableRules.Check(reader.Read(text, file), text))
            {
                Assert.True(codes.TryGetValue(finding.Code, out var rule), $"{file}: unknown code {finding.Code}");
                Assert.Equal(rule.Severity, finding.Severity);
                Assert.InRange(finding.Line, 1, lines);
                Assert.True(finding.Column >= 1, $"{file}: {finding}");
                Assert.False(string.IsNullOrWhiteSpace(finding.Message));
            }
            checkedCables++;
        }
        Assert.True(checkedCables > 4000);
    }
}
