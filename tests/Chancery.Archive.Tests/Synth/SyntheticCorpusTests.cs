using Chancery.Archive.Synth;
using Chancery.Cables;

namespace Chancery.Archive.Tests.Synth;

public class SyntheticCorpusTests
{
    private static readonly Lazy<(SyntheticCorpus Corpus, List<SyntheticCable> Cables)> Sample = new(() =>
    {
        var corpus = new SyntheticCorpus(new SynthOptions { Count = 3_000, Seed = 42, VersionShare = 0.02 });
        return (corpus, corpus.All().ToList());
    });

    private static SyntheticCorpus Corpus => Sample.Value.Corpus;

    private static List<SyntheticCable> Cables => Sample.Value.Cables;

    private static List<SyntheticCable> Firsts => [.. Cables.Where(c => c.Version == 1)];

    [Fact]
    public void TheSameSeedGivesTheSameBytes()
    {
        var a = new SyntheticCorpus(new SynthOptions { Count = 300, Seed = 7 });
        var b = new SyntheticCorpus(new SynthOptions { Count = 300, Seed = 7 });
        Assert.Equal(a.All().Select(a.Write), b.All().Select(b.Write));
        // Built in any order, a cable is the same.
        Assert.Equal(a.Write(a.Build(250)[0]), b.Write(b.Build(250)[0]));
    }

    [Fact]
    public void ADifferentSeedGivesADifferentCorpus()
    {
        var a = new SyntheticCorpus(new SynthOptions { Count = 200, Seed = 7 });
        var b = new SyntheticCorpus(new SynthOptions { Count = 200, Seed = 8 });
        Assert.NotEqual(a.ReferenceIds, b.ReferenceIds);
        Assert.NotEqual(a.Write(a.Build(0)[0]), b.Write(b.Build(0)[0]));
    }

    [Fact]
    public void ReferenceIdsAreUniqueAndOldestFirst()
    {
        Assert.Equal(Corpus.Count, Corpus.ReferenceIds.Distinct().Count());
        var created = Firsts.Select(c => c.Cable.Created!.Value).ToList();
        Assert.Equal(created.Order(), created);
        Assert.All(Firsts, c => Assert.InRange(c.Year, 1966, 2010));
    }

    [Fact]
    public void EveryCableReadsBackCleanWithTheFieldsThatWereGenerated()
    {
        var reader = new CableReader();
        var failures = new List<string>();
        foreach (var cable in Cables.Take(1_500))
        {
            var text = Corpus.Write(cable);
            var read = reader.Read(text);
            var problems = Differences(cable.Cable, read, text);
            if (problems.Count > 0) failures.Add($"{cable.FileName}: {string.Join("; ", problems)}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} cables differ:\n" + string.Join("\n", failures.Take(10)));
    }

    [Fact]
    public void LongCablesAreWrittenInSeveralSections()
    {
        var sections = Firsts.Take(1_000).Select(c => Corpus.Write(c).Split('\n').Count(l => l == "NNNN")).ToList();
        var multi = sections.Count(s => s > 1) / (double)sections.Count;
        Assert.InRange(multi, 0.05, 0.6);
    }

    [Fact]
    public void TagsAreSkewedLikeCablegate()
    {
        double Share(string tag) => Firsts.Count(c => c.Cable.Tags.Contains(tag)) / (double)Firsts.Count;
        Assert.InRange(Share("PREL"), 0.42, 0.58);
        Assert.InRange(Share("PGOV"), 0.32, 0.46);
        Assert.InRange(Share("ECON"), 0.09, 0.18);
        Assert.InRange(Share("KFLU"), 0.0, 0.03);
        var directory = TagDirectory.Default;
        Assert.All(Firsts, c => Assert.All(c.Cable.Tags, t => Assert.True(directory.Contains(t), $"{t} is no known TAG")));
        Assert.All(Firsts, c => Assert.Contains(c.Cable.Tags, t => directory.KindOf(t) is TagKind.Geographic or TagKind.Organization));
    }

    [Fact]
    public void TheClassificationMixIsCablegates()
    {
        var recent = Firsts.Where(c => c.Year >= 1995).ToList();
        double Share(Classification level) => recent.Count(c => c.Cable.Classification == level) / (double)recent.Count;
        Assert.InRange(Share(Classification.Unclassified), 0.47, 0.58);
        Assert.InRange(Share(Classification.Confidential), 0.36, 0.46);
        Assert.InRange(Share(Classification.Secret), 0.04, 0.09);
        Assert.Equal(0, Share(Classification.TopSecret));
        var noforn = recent.Count(c => c.Cable.Captions.Contains("NOFORN")) / (double)recent.Count(c => c.Cable.Classification >= Classification.Confidential);
        Assert.InRange(noforn, 0.04, 0.14);
        Assert.DoesNotContain(recent, c => c.Cable.Classification < Classification.Confidential && c.Cable.Captions.Contains("NOFORN"));
        Assert.DoesNotContain(Firsts, c => c.Cable.Captions.Contains("SIPDIS") && (c.Cable.Captions.Contains("NODIS") || c.Cable.Captions.Contains("EXDIS")));
    }

    [Fact]
    public void DatesAreWeightedToTheLateTwoThousands()
    {
        var late = Firsts.Count(c => c.Year is >= 2005 and <= 2009) / (double)Firsts.Count;
        Assert.InRange(late, 0.75, 0.92);
        Assert.Contains(Firsts, c => c.Year < 2000);
        Assert.DoesNotContain(Firsts, c => c.Cable.Created > new DateTime(2010, 3, 1, 0, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void ReferencesCiteEarlierCablesOfTheCorpusAndSomeThatItLacks()
    {
        var index = Corpus.ReferenceIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var references = Firsts.SelectMany(c => c.Cable.References.Select(r => (Citing: c, Cited: r.ReferenceId!))).ToList();
        Assert.True(references.Count > Firsts.Count / 3, $"only {references.Count} references");
        var resolved = references.Where(r => index.ContainsKey(r.Cited)).ToList();
        Assert.All(resolved, r => Assert.True(index[r.Cited] < r.Citing.Index, $"{r.Citing.ReferenceId} cites the later {r.Cited}"));
        var dangling = 1 - resolved.Count / (double)references.Count;
        Assert.InRange(dangling, 0.04, 0.2);
        // A graph, not a list of isolated pairs: some cables are cited several times.
        Assert.Contains(resolved.GroupBy(r => r.Cited), g => g.Count() >= 3);
    }

    [Fact]
    public void SomeCablesHaveASecondVersionWithTheSameIdAndChangedText()
    {
        var seconds = Cables.Where(c => c.Version == 2).ToList();
        Assert.InRange(seconds.Count, 20, 110);
        foreach (var second in seconds.Take(20))
        {
            var first = Cables.Single(c => c.Version == 1 && c.Index == second.Index);
            Assert.Equal(first.ReferenceId, second.ReferenceId);
            Assert.NotEqual(Corpus.Write(first), Corpus.Write(second));
            Assert.Equal(second.ReferenceId + ".v2.txt", second.FileName);
        }
    }

    [Fact]
    public void OriginsAreRealStationsWithTheirRoutingIndicators()
    {
        var directory = StationDirectory.Default;
        Assert.All(Firsts, c =>
        {
            Assert.True(directory.IsKnownStation(c.Cable.Origin!), c.Cable.Origin);
            Assert.True(directory.IsKnownRoutingIndicator(c.Cable.Transmission!.OriginatingStation), c.Cable.Transmission.OriginatingStation);
            Assert.Equal(c.Cable.Origin, directory.OriginForAddress(c.Cable.From!.Address));
        });
        var byOrigin = Firsts.GroupBy(c => c.Cable.Origin).Select(g => g.Count()).OrderDescending().ToList();
        Assert.True(byOrigin[0] > 5 * byOrigin[byOrigin.Count / 2], "a few posts send much more than most");
    }

    /// <summary>The generated fields the reader must give back (Summary and Body are derived; Source is the reader's).</summary>
    private static List<string> Differences(Cable expected, Cable read, string text)
    {
        var problems = new List<string>();
        var sections = text.Split('\n').Count(l => l == "NNNN");
        expected = expected with { Sections = sections > 1 ? new SectionInfo(sections, [.. Enumerable.Range(1, sections)]) : null };
        void Check(string name, object? a, object? b)
        {
            if (!Equals(a, b)) problems.Add($"{name}: expected {a} but read {b}");
        }
        Check("referenceId", expected.ReferenceId, read.ReferenceId);
        Check("origin", expected.Origin, read.Origin);
        Check("serial", expected.Serial, read.Serial);
        Check("created", expected.Created, read.Created);
        Check("precedence", expected.Precedence, read.Precedence);
        Check("classification", expected.Classification, read.Classification);
        Check("captions", expected.Captions, read.Captions);
        Check("sections", expected.Sections, read.Sections);
        Check("transmission", expected.Transmission, read.Transmission);
        Check("from", expected.From, read.From);
        Check("to", expected.To, read.To);
        Check("info", expected.Info, read.Info);
        Check("forLines", expected.ForLines, read.ForLines);
        Check("executiveOrder", expected.ExecutiveOrder, read.ExecutiveOrder);
        Check("classifiedBy", expected.ClassifiedBy, read.ClassifiedBy);
        Check("tags", expected.Tags, read.Tags);
        Check("subject", expected.Subject, read.Subject);
        Check("subjectMarking", expected.SubjectMarking, read.SubjectMarking);
        Check("references", expected.References, read.References);
        Check("paragraphs", expected.Paragraphs, read.Paragraphs);
        Check("signature", expected.Signature, read.Signature);
        var errors = read.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        if (errors.Count > 0) problems.Add("errors: " + string.Join(", ", errors));
        return problems;
    }
}
