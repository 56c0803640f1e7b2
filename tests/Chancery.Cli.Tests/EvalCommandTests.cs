using System.Text.Json;

namespace Chancery.Cli.Tests;

public class EvalCommandTests
{
    // A partial-extract style text with no date-time group: created and the id's year cannot be graded.
    private const string NoDtgCable = """
        This record is a partial extract of the original cable.

        CONFIDENTIAL VALLETTA 000055

        E.O. 12958: DECL: 05/01/2012
        TAGS: PREL MT
        SUBJECT: MALTA: A CABLE WITHOUT A DATE-TIME GROUP

        1. (C) TEXT.
        """;

    private static string WikiLeaks(string id, string created, string classification, string subject, params string[] tags) =>
        JsonSerializer.Serialize(new
        {
            reference_id = id,
            sources = new object[]
            {
                new
                {
                    kind = "wikileaks-cable-viewer-metadata",
                    fields = new { reference_id = id, created, classification, origin = "Embassy Reykjavik", subject_wikileaks_title = subject, tags_wikileaks_linked = tags },
                },
            },
        });

    private static TempDir TinyCorpus()
    {
        var dir = new TempDir();
        dir.Write("cables/07REYKJAVIK101.txt", Fixtures.RawCable);
        dir.Write("expected/07REYKJAVIK101.json", WikiLeaks("07REYKJAVIK101", "2007-02-01 12:12", "UNCLASSIFIED", "ICELAND: TEST CABLE", "PREL", "IC"));
        dir.Write("cables/02VALLETTA55.txt", NoDtgCable);
        dir.Write("expected/02VALLETTA55.json", WikiLeaks("02VALLETTA55", "2002-05-01 09:09", "CONFIDENTIAL", "MALTA: A CABLE", "PREL", "MT"));
        // Golden data that no reader can agree with: its id is not what the text says.
        dir.Write("cables/07REYKJAVIK999.txt", Fixtures.RawCable);
        dir.Write("expected/07REYKJAVIK999.json", WikiLeaks("07WRONGPLACE999", "2007-02-01 12:12", "UNCLASSIFIED", "ICELAND: TEST CABLE", "PREL"));
        dir.Write("cables/07NOGOLDEN1.txt", Fixtures.RawCable);
        return dir;
    }

    [Fact]
    public void JsonScoresCoverEveryFieldAndEveryCableWithGoldenData()
    {
        using var corpus = TinyCorpus();
        var run = CliRunner.Run("eval", "--corpus", corpus.Path, "--json");
        Assert.Equal(0, run.Exit);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        Assert.Equal(4, root.GetProperty("cables").GetInt32());
        Assert.Equal(3, root.GetProperty("withGolden").GetInt32());
        var fields = root.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("field").GetString()!);
        Assert.Equal(["referenceId", "created", "classification", "noforn", "sensitive", "tags", "subject", "references", "origin", "to", "info"], fields.Keys);
        foreach (var f in fields.Values)
        {
            var total = new[] { "pass", "fail", "notGradable", "disputed", "knownGoldenErrors" }.Sum(n => f.GetProperty(n).GetInt32());
            Assert.Equal(3, total);
        }
        // The no-DTG cable cannot be graded on created (unless the reader invents a date, which it must not).
        Assert.True(fields["created"].GetProperty("notGradable").GetInt32() >= 1);
        // No cablemap recipients in this corpus: nothing to grade.
        Assert.Equal(3, fields["to"].GetProperty("notGradable").GetInt32());
        // The wrong golden id always fails.
        Assert.True(fields["referenceId"].GetProperty("fail").GetInt32() >= 1);
    }

    [Fact]
    public void FailuresListTheFileWithExpectedAndActual()
    {
        using var corpus = TinyCorpus();
        var run = CliRunner.Run("eval", "--corpus", corpus.Path, "--failures", "referenceId");
        Assert.Equal(0, run.Exit);
        Assert.Contains("referenceId", run.Out);
        Assert.Contains("07REYKJAVIK999.txt: expected '07WRONGPLACE999' got ", run.Out);
    }

    [Fact]
    public void TableShowsEveryField()
    {
        using var corpus = TinyCorpus();
        var run = CliRunner.Run("eval", "--corpus", corpus.Path);
        Assert.Equal(0, run.Exit);
        Assert.Contains("4 cables, 3 with golden metadata", run.Out);
        foreach (var field in new[] { "referenceId", "created", "classification", "noforn", "sensitive", "tags", "subject", "references", "origin" })
            Assert.Contains(field, run.Out);
        Assert.DoesNotContain("\u001b[", run.Out);
    }

    [Fact]
    public void MissingCorpusIsOneLineAndExitTwo()
    {
        var run = CliRunner.Run("eval", "--corpus", "/no/such/corpus");
        Assert.Equal(2, run.Exit);
        Assert.Equal(["chancery: cannot read '/no/such/corpus': no cables/ folder in it"], run.ErrorLines);
    }

    [Fact]
    public void UnknownFailuresFieldIsAUsageError()
    {
        var run = CliRunner.Run("eval", "--corpus", "x", "--failures", "colour");
        Assert.Equal(2, run.Exit);
        Assert.Single(run.ErrorLines);
    }

    [Fact]
    public void SharedCorpusEvaluatesWhenPresent()
    {
        var corpus = Environment.GetEnvironmentVariable("CHANCERY_CORPUS") is { Length: > 0 } env
            ? env
            : Path.Combine(ParseCommandTests.RepositoryRoot(), "..", "shared", "corpus");
        if (!Directory.Exists(Path.Combine(corpus, "cables")))
            Assert.Skip($"no corpus: set CHANCERY_CORPUS or place it at ../shared/corpus (looked in {corpus})");
        var run = CliRunner.Run("eval", "--corpus", corpus, "--json");
        Assert.Equal(0, run.Exit);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.True(doc.RootElement.GetProperty("withGolden").GetInt32() > 3000);
    }
}
