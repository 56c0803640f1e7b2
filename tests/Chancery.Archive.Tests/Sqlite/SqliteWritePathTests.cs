using Chancery.Archive.Storage.Sqlite;
using Chancery.Archive.Synth;
using Chancery.Archive.Tests.Fixtures;
using Chancery.Cables;
using Microsoft.Data.Sqlite;

namespace Chancery.Archive.Tests.Sqlite;

/// <summary>How the SQLite writer lays data down: what decides ingest speed without changing any answer.</summary>
public sealed class SqliteWritePathTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chancery-sqlite-write-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* best effort */ }
    }

    private static List<IncomingCable> Synthetic(int count, int seed)
    {
        var corpus = new SyntheticCorpus(new SynthOptions { Count = count, Seed = seed });
        return [.. corpus.All().Select(c => new IncomingCable(c.ReferenceId, null, corpus.Write(c), c.Cable, c.FileName))];
    }

    /// <summary>
    /// FTS5 writes its pending index out as a new segment at every statement savepoint (RETURNING and statements that
    /// may change several rows take one): were that to happen per cable, merging the tiny segments would cost most of
    /// the writer's time. A batch must reach the index as one segment, new versions included.
    /// </summary>
    [Fact]
    public async Task A_batch_reaches_the_full_text_index_as_one_segment()
    {
        var path = Path.Combine(_folder, "archive.db");
        var first = Synthetic(40, 3);
        await using (var store = await SqliteArchiveStore.OpenAsync(path, null, Ct))
        {
            await store.SaveBatchAsync(first, Ct);
            Assert.Equal(1, Segments(path));
            // The second batch holds new versions (their old index rows are deleted) and new cables.
            var changed = first.Take(5).Select(c => c with { RawText = c.RawText.Replace("\n\n", "\n\nADDED LINE.\n\n", StringComparison.Ordinal) });
            var outcomes = await store.SaveBatchAsync([.. changed, .. Synthetic(10, 4)], Ct);
            Assert.Equal(5, outcomes.Count(o => o == SaveOutcome.Updated));
            Assert.Equal(2, Segments(path));
        }
    }

    /// <summary>
    /// Index rows of a changed cable are deleted at the start of the batch, and a view's id can come back once its row
    /// is deleted: two new versions of the same cable in one batch, the cable holding the highest view id, must leave
    /// exactly the newest text's rows in the index.
    /// </summary>
    [Fact]
    public async Task Two_new_versions_in_one_batch_leave_only_the_newest_text_in_the_index()
    {
        var path = Path.Combine(_folder, "versions.db");
        var reader = new CableReader();
        IncomingCable Version(FixtureCable cable, string word) => Incoming(reader, cable with
        {
            Paragraphs = [("C", $"Ministry officials said the {word} quota would rise."), ("U", $"Embassy will report on the {word} market.")],
        });
        await using (var store = await SqliteArchiveStore.OpenAsync(path, null, Ct))
        {
            await store.SaveBatchAsync([Incoming(reader, FixtureCorpus.OilPipeline), Version(FixtureCorpus.GrainTalks, "alphaword")], Ct);
            var outcomes = await store.SaveBatchAsync(
                [Version(FixtureCorpus.GrainTalks, "betaword"), Version(FixtureCorpus.GrainTalks, "gammaword"), Incoming(reader, FixtureCorpus.ParisCulture)], Ct);
            Assert.Equal([SaveOutcome.Updated, SaveOutcome.Updated, SaveOutcome.Added], outcomes);
        }
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var grainViews = Rows(connection, "SELECT v.id FROM views v JOIN cables c ON c.id = v.cable_id WHERE c.ref_id = '06ASTANA412'");
        Assert.Equal(2, grainViews.Count); // the whole cable, and its unclassified paragraph alone
        Assert.Empty(Rows(connection, "SELECT rowid FROM view_text WHERE view_text MATCH 'alphaword'"));
        Assert.Empty(Rows(connection, "SELECT rowid FROM view_text WHERE view_text MATCH 'betaword'"));
        Assert.Equal(grainViews, Rows(connection, "SELECT rowid FROM view_text WHERE view_text MATCH 'gammaword'"));
        // Every view's text once, and nothing else: every paragraph here has "the".
        Assert.Equal(Rows(connection, "SELECT id FROM views"), Rows(connection, "SELECT rowid FROM view_text WHERE view_text MATCH 'the'"));
    }

    private static IncomingCable Incoming(CableReader reader, FixtureCable cable) =>
        new(cable.ReferenceId, null, cable.Text, reader.Read(cable.Text), cable.ReferenceId + ".txt");

    private static List<long> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql + " ORDER BY 1";
        using var reader = command.ExecuteReader();
        var rows = new List<long>();
        while (reader.Read()) rows.Add(reader.GetInt64(0));
        return rows;
    }

    private static long Segments(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        // Every segment has at least one row in the index's page directory, keyed by its segment id.
        command.CommandText = "SELECT count(DISTINCT segid) FROM view_text_idx";
        return (long)command.ExecuteScalar()!;
    }
}
