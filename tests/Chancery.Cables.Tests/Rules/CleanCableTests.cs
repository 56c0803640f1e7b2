namespace Chancery.Cables.Tests.Rules;

public class CleanCableTests
{
    [Fact]
    public void CleanCableHasNoFindingsWithItsText() => Assert.Empty(CableRules.Check(CleanCable.Model, CleanCable.Text));

    [Fact]
    public void CleanCableHasNoFindingsWithoutText() => Assert.Empty(CableRules.Check(CleanCable.Model));

    [Fact]
    public void EmptyCableGetsTheMissingFindingsAtTheStart()
    {
        var findings = CableRules.Check(new Cable());
        Assert.Equal(["CHR0015", "CHR0016", "CHR0021"], findings.Select(d => d.Code).Order());
        Assert.All(findings, d => Assert.Equal((1, 1), (d.Line, d.Column)));
    }

    [Fact]
    public void FindingsAreOrderedByPosition()
    {
        var cable = CleanCable.Model with { Subject = null, Tags = [] };
        var findings = CableRules.Check(cable, CleanCable.Text);
        Assert.Equal(findings.OrderBy(d => d.Line).ThenBy(d => d.Column), findings);
        Assert.Equal(["CHR0016", "CHR0015"], findings.Select(d => d.Code));
    }

    [Fact]
    public void DescriptorsHaveUniqueSequentialCodes()
    {
        var codes = CableRules.Descriptors.Select(d => d.Code).ToList();
        Assert.Equal(Enumerable.Range(1, codes.Count).Select(i => $"CHR{i:0000}"), codes);
    }

    [Fact]
    public void RulesDocumentListsEveryRuleWithItsSeverity()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Chancery.Cables", "Rules", "RULES.md"));
        foreach (var rule in CableRules.Descriptors)
            Assert.Contains($"| {rule.Code} | {Names.Of(rule.Severity)} | {rule.Title} |", doc);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Chancery.slnx"))) return dir.FullName;
        throw new InvalidOperationException("The repository root (Chancery.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
