using Chancery.Cables;

namespace Chancery.Archive.Tests.Fixtures;

/// <summary>The fixture texts read back as intended, so the store suite's expectations rest on what the reader sees.</summary>
public class FixtureCorpusTests
{
    public static TheoryData<string> Ids => [.. FixtureCorpus.Stored.Select(c => c.ReferenceId)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Fixture_reads_back_as_written(string id)
    {
        var fixture = FixtureCorpus.Stored.Single(c => c.ReferenceId == id);
        var cable = new CableReader().Read(fixture.Text);
        Assert.Equal(fixture.ReferenceId, cable.ReferenceId);
        Assert.Equal(fixture.Created, cable.Created);
        Assert.Equal(fixture.Level, cable.Classification);
        Assert.Equal(fixture.Tags, cable.Tags);
        Assert.Equal(fixture.Subject, cable.Subject);
        Assert.Equal(fixture.Paragraphs.Select(p => p.Mark), cable.Paragraphs.Select(p => p.Marking));
        foreach (var caption in fixture.Captions) Assert.Contains(caption, cable.Captions);
        Assert.Equal(fixture.Refs is null ? 0 : fixture.Refs.Count(c => c == '.') + (fixture.Refs.Contains('.') ? 0 : 1),
            cable.References.Count(r => r.ReferenceId is not null));
    }
}
