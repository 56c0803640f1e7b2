namespace Chancery.Cables.Tests.ReaderTests;

/// <summary>The cable the project started from, read where it lies in ../shared/seed.</summary>
public class SeedCableTests
{
    private static string? SeedPath()
    {
        var corpus = Environment.GetEnvironmentVariable("CHANCERY_CORPUS");
        var candidates = new List<string>();
        if (!string.IsNullOrEmpty(corpus)) candidates.Add(Path.Combine(corpus, "..", "seed", "06ASTANA38.txt"));
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            candidates.Add(Path.Combine(dir.FullName, "..", "shared", "seed", "06ASTANA38.txt"));
        return candidates.FirstOrDefault(File.Exists);
    }

    [Fact]
    public void ReadsTheSeedCableCompletely()
    {
        var path = SeedPath();
        if (path is null) Assert.Skip("The seed cable (../shared/seed/06ASTANA38.txt) is not present here.");
        var c = new CableReader().Read(File.ReadAllText(path), path);
        Assert.Equal("06ASTANA38", c.ReferenceId);
        Assert.Equal(new DateTime(2006, 4, 24, 3, 36, 0, DateTimeKind.Utc), c.Created);
        Assert.Equal(Classification.Unclassified, c.Classification);
        Assert.Equal(["SIPDIS", "SENSITIVE"], c.Captions);
        Assert.Equal("XRO1728", c.Transmission?.TransmissionId);
        Assert.Equal(["RUEHDBU", "RUEHLN", "RUEHVK", "RUEHYG"], c.Transmission?.RoutingIndicators);
        Assert.Equal(new FilingTime(114, 3, 36), c.Transmission?.FilingTime);
        Assert.Equal("USOFFICE ASTANA", c.From?.Address);
        Assert.Equal(6, c.Info.Count);
        Assert.Equal(["EFIN", "KCRM", "KDEM", "PGOV", "PREL", "SMIG", "KZ"], c.Tags);
        Assert.Equal("KAZAKHSTAN: AMBASSADOR DISCUSSES AIG AND TIP WITH JUSTICE MINISTER", c.Subject);
        Assert.Equal(["06ALMATY1450", "06ASTANA33", "06ASTANA5"], c.References.Select(r => r.ReferenceId));
        Assert.Equal(Enumerable.Range(1, 8), c.Paragraphs.Select(p => p.Number!.Value));
        Assert.All(c.Paragraphs, p => Assert.Equal("SBU", p.Marking));
        Assert.Contains("prosecutions for TIP in 2005 was low", c.Paragraphs[3].Text);
        Assert.DoesNotContain("00000038 002.2 OF 002", c.Body);
        Assert.Equal("TRACY", c.Signature);
        Assert.StartsWith("The Ambassador met with Minister of Justice", c.Summary);
    }
}
