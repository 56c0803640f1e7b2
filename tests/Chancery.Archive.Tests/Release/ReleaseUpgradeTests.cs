using Chancery.Archive.Security;
using Chancery.Archive.Storage;
using Chancery.Archive.Storage.Postgres;
using Chancery.Archive.Storage.Sqlite;
using Chancery.Archive.Tests.Fixtures;
using Chancery.Archive.Tests.Postgres;
using Chancery.Cables;
using Microsoft.Data.Sqlite;
using Npgsql;
using static Chancery.Archive.Tests.Contract.Q;
using static Chancery.Archive.Tests.Fixtures.ReleaseFixtures;

namespace Chancery.Archive.Tests.Release;

/// <summary>
/// An archive written by the schema before release views (rows put in as that schema's writer did) opens, gets its
/// views from the stored content, and answers with need-to-know like a new one.
/// </summary>
public sealed class ReleaseUpgradeTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chancery-upgrade-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Principal Reader = new("u", Classification.Unclassified, false, []);

    private static IEnumerable<CableDocument> Documents()
    {
        var reader = new CableReader();
        return All.Select(c => CableDocument.From(new IncomingCable(c.Id, null, c.Cable.Text, reader.Read(c.Cable.Text), c.Code)));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* best effort */ }
    }

    [Fact]
    public async Task A_sqlite_archive_of_the_first_schema_gets_views_on_opening()
    {
        var path = Path.Combine(_folder, "old.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            SqliteSchema.Migrate(connection, path, SqliteSchema.Steps.Take(1).ToList());
            foreach (var d in Documents())
            {
                using var command = connection.CreateCommand();
                command.CommandText = """
                    INSERT INTO cables(ref_id, created, origin, classification, level, noforn, restricted, subject, versions)
                    VALUES ($ref, $created, $origin, $class, $level, $noforn, $restricted, $subject, 1);
                    INSERT INTO versions(cable_id, number, sha256, stored_at, source, content) VALUES (last_insert_rowid(), 1, $sha, '2020-01-01T00:00:00Z', 'old', $content);
                    INSERT INTO cable_text(rowid, subject, body) SELECT id, $subjectTokens, $bodyTokens FROM cables WHERE ref_id = $ref;
                    INSERT INTO tags(cable_id, position, tag) SELECT id, 0, 'PREL' FROM cables WHERE ref_id = $ref;
                    """;
                command.Parameters.AddWithValue("$ref", d.ReferenceId);
                command.Parameters.AddWithValue("$created", d.Created);
                command.Parameters.AddWithValue("$origin", d.Origin);
                command.Parameters.AddWithValue("$class", (int)d.Classification!);
                command.Parameters.AddWithValue("$level", (int)d.Marking.Level);
                command.Parameters.AddWithValue("$noforn", d.Marking.NoForn ? 1 : 0);
                command.Parameters.AddWithValue("$restricted", d.Marking.RestrictedMask);
                command.Parameters.AddWithValue("$subject", d.Subject);
                command.Parameters.AddWithValue("$sha", d.Sha256);
                command.Parameters.AddWithValue("$content", d.Content);
                command.Parameters.AddWithValue("$subjectTokens", d.SubjectTokens);
                command.Parameters.AddWithValue("$bodyTokens", d.BodyTokens);
                command.ExecuteNonQuery();
            }
        }
        await using var store = await ArchiveStores.OpenAsync(new ArchiveLocation.Sqlite(path), Ct);
        await AnswersWithNeedToKnowAsync(store);
    }

    [Fact]
    public async Task A_postgres_archive_of_the_first_schema_gets_views_on_opening()
    {
        var connectionString = database.Require();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(Ct);
            await PostgresSchema.MigrateAsync(connection, 1, Ct);
            foreach (var d in Documents())
            {
                await using var command = new NpgsqlCommand("""
                    WITH c AS (
                        INSERT INTO cables (reference_id, aliases, origin, created, classification, level, noforn, restricted, subject,
                            tags, captions, addressees, cited, versions, subject_words, body_words, tsv, rank_tsv)
                        VALUES ($1, '{}', $2, $3::timestamp, $4, $5, $6, $7, $8, '{PREL}', $9, '{}', '{}', 1, $10, $11,
                            to_tsvector('simple', $10 || ' ' || $11), to_tsvector('simple', $10))
                        RETURNING id
                    )
                    INSERT INTO cable_versions (cable_id, number, sha256, stored_at, source, content)
                    SELECT id, 1, $12, now(), 'old', $13 FROM c
                    """, connection);
                command.Parameters.AddWithValue(d.ReferenceId);
                command.Parameters.AddWithValue(d.Origin!);
                command.Parameters.AddWithValue(d.Created!.Replace("T", " ", StringComparison.Ordinal).TrimEnd('Z'));
                command.Parameters.AddWithValue((short)d.Classification!);
                command.Parameters.AddWithValue((short)d.Marking.Level);
                command.Parameters.AddWithValue(d.Marking.NoForn);
                command.Parameters.AddWithValue(d.Marking.RestrictedMask);
                command.Parameters.AddWithValue(d.Subject!);
                command.Parameters.AddWithValue(d.Captions.ToArray());
                command.Parameters.AddWithValue(" " + d.SubjectTokens + " ");
                command.Parameters.AddWithValue(" " + d.BodyTokens + " ");
                command.Parameters.AddWithValue(d.Sha256);
                command.Parameters.AddWithValue(d.Content);
                await command.ExecuteNonQueryAsync(Ct);
            }
        }
        await using var store = await ArchiveStores.OpenAsync(new ArchiveLocation.Postgres(connectionString), Ct);
        await AnswersWithNeedToKnowAsync(store);
    }

    private static async Task AnswersWithNeedToKnowAsync(IArchiveStore store)
    {
        Assert.Equal(AccessPolicy.Default, await store.GetPolicyAsync(Ct));
        Assert.Equal(new ArchiveCounts(All.Count, All.Count), await store.CountAsync(Ct));
        Assert.True(await store.DeclassifyAsync(Declassified.Id, "reviewed", "archivist1", Ct));
        foreach (var mode in new[] { ReleaseMode.WholeCable, ReleaseMode.PortionRelease })
        {
            await store.SetPolicyAsync(new AccessPolicy(mode, AutoDeclassify: true), Ct);
            var allowed = ReleaseOracle.Allowed(Reader, mode);
            allowed.Remove(OldVersionWord); // this archive holds only the latest texts
            foreach (var word in ReleaseOracle.AllWords.Where(w => w != OldVersionWord))
            {
                var results = await store.SearchAsync(new SearchRequest(W(word)), Reader, Ct);
                Assert.True(results.Total == (allowed.Contains(word) ? 1 : 0), $"{mode}: {word} gives {results.Total}");
            }
            var visible = All.Where(c => ReleaseOracle.Released(c, Reader, mode) is not null).Select(c => c.Id).Order().ToList();
            var everything = await store.SearchAsync(new SearchRequest(Tag("PREL"), Limit: 100), Reader, Ct);
            Assert.Equal(visible, everything.Results.Select(r => r.ReferenceId).Order().ToList());
            // DECL dates were filled from the stored content: the passed one declassifies.
            Assert.NotNull((await store.GetCableAsync(ReleaseFixtures.DeclPassed.Id, Reader, Ct))?.Release?.Declassified);
        }
        var full = await store.SearchAsync(new SearchRequest(W(ParagraphWord("sec", 0))), Principal.Unrestricted, Ct);
        Assert.Equal(1, full.Total);
    }
}
