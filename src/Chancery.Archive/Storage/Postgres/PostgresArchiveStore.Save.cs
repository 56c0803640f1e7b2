using Npgsql;
using NpgsqlTypes;

namespace Chancery.Archive.Storage.Postgres;

public sealed partial class PostgresArchiveStore
{
    // Any fixed number, distinct from the schema migration's.
    private const long WriterLockKey = 0x43_68_61_6E_57_72_69_74;

    private const string StageColumns =
        "reference_id, published_id, aliases, origin, created, classification, level, noforn, restricted, subject, tags, captions, " +
        "addressees, cited, versions, decl_date";

    /// <summary>What the database already holds of one reference id, updated as the batch is decided.</summary>
    private sealed class KnownCable
    {
        public int Versions { get; set; }
        public List<string> Aliases { get; } = [];
        public HashSet<string> Hashes { get; } = new(StringComparer.Ordinal);
        public PostgresCableRow? Latest { get; set; }
        public bool AliasesChanged { get; set; }
    }

    /// <inheritdoc />
    /// <remarks>
    /// One transaction per batch: the new state of each changed cable is copied (binary COPY) into a temporary table
    /// and upserted into <c>cables</c> with one statement; the new versions are copied into <c>cable_versions</c>.
    /// </remarks>
    public async Task<IReadOnlyList<SaveOutcome>> SaveBatchAsync(IReadOnlyList<IncomingCable> batch, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (batch.Count == 0) return [];
        var docs = new CableDocument[batch.Count];
        Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => docs[i] = CableDocument.From(batch[i]));
        return await SaveDocumentsAsync(docs, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SaveOutcome>> SaveDocumentsAsync(IReadOnlyList<CableDocument> batch, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (batch.Count == 0) return [];
        var rows = new PostgresCableRow[batch.Count];
        Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => rows[i] = PostgresCableRow.From(batch[i]));
        // Whole seconds, as the SQLite store keeps them, so both give the same version history.
        var now = _time.GetUtcNow();
        var storedAt = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Guard(async () =>
            {
                await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                // Writers in other processes (two ingests into one server) wait here, so version numbers never collide.
                await using (var serialise = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({WriterLockKey})", connection))
                    await serialise.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                var known = await ReadKnownAsync(connection, rows, cancellationToken).ConfigureAwait(false);
                var (outcomes, versions) = Decide(rows, known);
                var changed = known.Where(k => k.Value.Latest is not null || k.Value.AliasesChanged).ToList();
                if (changed.Count > 0)
                {
                    var ids = await UpsertCablesAsync(connection, changed, cancellationToken).ConfigureAwait(false);
                    if (versions.Count > 0)
                        await CopyVersionsAsync(connection, versions, ids, storedAt, cancellationToken).ConfigureAwait(false);
                }
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return (IReadOnlyList<SaveOutcome>)outcomes;
            }).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private static async Task<Dictionary<string, KnownCable>> ReadKnownAsync(NpgsqlConnection connection, PostgresCableRow[] rows,
        CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, KnownCable>(StringComparer.Ordinal);
        foreach (var row in rows) known.TryAdd(PgText.Clean(row.Document.ReferenceId), new KnownCable());
        await using var command = new NpgsqlCommand("""
            SELECT c.reference_id, c.versions, c.aliases, v.sha256
            FROM cables c JOIN cable_versions v ON v.cable_id = c.id
            WHERE c.reference_id = ANY($1)
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = known.Keys.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var cable = known[reader.GetString(0)];
            cable.Versions = reader.GetInt32(1);
            if (cable.Aliases.Count == 0) cable.Aliases.AddRange(reader.GetFieldValue<string[]>(2));
            cable.Hashes.Add(Convert.ToHexString(reader.GetFieldValue<byte[]>(3)));
        }
        return known;
    }

    /// <summary>Added, updated or unchanged for each cable in batch order (a reference id may come twice in a batch).</summary>
    private static (SaveOutcome[] Outcomes, List<(string ReferenceId, int Number, PostgresCableRow Row)> Versions) Decide(
        PostgresCableRow[] rows, Dictionary<string, KnownCable> known)
    {
        var outcomes = new SaveOutcome[rows.Length];
        var versions = new List<(string, int, PostgresCableRow)>();
        for (var i = 0; i < rows.Length; i++)
        {
            var document = rows[i].Document;
            var referenceId = PgText.Clean(document.ReferenceId);
            var cable = known[referenceId];
            if (document.PublishedId is { } published && !cable.Aliases.Contains(PgText.Clean(published)))
            {
                cable.Aliases.Add(PgText.Clean(published));
                cable.AliasesChanged = true;
            }
            if (!cable.Hashes.Add(Convert.ToHexString(document.Sha256)))
            {
                outcomes[i] = SaveOutcome.Unchanged;
                continue;
            }
            outcomes[i] = cable.Versions == 0 ? SaveOutcome.Added : SaveOutcome.Updated;
            cable.Versions++;
            cable.Latest = rows[i];
            versions.Add((referenceId, cable.Versions, rows[i]));
        }
        return (outcomes, versions);
    }

    /// <summary>Writes the new state of changed cables; returns the database id of each reference id written.</summary>
    private static async Task<Dictionary<string, long>> UpsertCablesAsync(NpgsqlConnection connection,
        List<KeyValuePair<string, KnownCable>> changed, CancellationToken cancellationToken)
    {
        var aliasOnly = changed.Where(c => c.Value.Latest is null).ToList();
        var full = changed.Where(c => c.Value.Latest is not null).ToList();
        await using (var create = new NpgsqlCommand($"""
            CREATE TEMP TABLE stage_cables (
                reference_id text, published_id text, aliases text[], origin text, created timestamp, classification smallint,
                level smallint, noforn boolean, restricted integer, subject text, tags text[], captions text[], addressees text[],
                cited text[], versions integer, decl_date date
            ) ON COMMIT DROP;
            CREATE TEMP TABLE stage_views (
                reference_id text, mask integer, full_mask integer, is_full boolean, subject_words text, body_words text,
                tsv text, rank_tsv text
            ) ON COMMIT DROP
            """, connection))
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

        await using (var import = await connection.BeginBinaryImportAsync(
            $"COPY stage_cables ({StageColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
        {
            foreach (var (referenceId, cable) in full)
            {
                var row = cable.Latest!;
                var d = row.Document;
                await import.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await import.WriteAsync(referenceId, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await WriteNullable(import, PgText.CleanOrNull(d.PublishedId), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await import.WriteAsync(cable.Aliases.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await WriteNullable(import, PgText.CleanOrNull(d.Origin), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await WriteNullable(import, row.Created, NpgsqlDbType.Timestamp, cancellationToken).ConfigureAwait(false);
                await WriteNullable(import, d.Classification is { } level ? (short)level : (short?)null, NpgsqlDbType.Smallint, cancellationToken).ConfigureAwait(false);
                await import.WriteAsync((short)d.Marking.Level, NpgsqlDbType.Smallint, cancellationToken).ConfigureAwait(false);
                await import.WriteAsync(d.Marking.NoForn, NpgsqlDbType.Boolean, cancellationToken).ConfigureAwait(false);
                await import.WriteAsync(d.Marking.RestrictedMask, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                await WriteNullable(import, PgText.CleanOrNull(d.Subject), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await import.WriteAsync(Cleaned(d.Tags), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await import.WriteAsync(Cleaned(d.Captions), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await import.WriteAsync(Cleaned(d.Addressees), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await import.WriteAsync(Cleaned(d.CitedIds), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await import.WriteAsync(cable.Versions, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                await WriteNullable(import, row.DeclassifyDate, NpgsqlDbType.Date, cancellationToken).ConfigureAwait(false);
            }
            await import.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
        await using (var import = await connection.BeginBinaryImportAsync(
            "COPY stage_views (reference_id, mask, full_mask, is_full, subject_words, body_words, tsv, rank_tsv) FROM STDIN (FORMAT BINARY)",
            cancellationToken).ConfigureAwait(false))
        {
            foreach (var (referenceId, cable) in full)
                await WriteViewsAsync(import, referenceId, cable.Latest!.Views, cancellationToken).ConfigureAwait(false);
            await import.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var upsert = new NpgsqlCommand($"""
            INSERT INTO cables ({StageColumns})
            SELECT {StageColumns} FROM stage_cables
            ON CONFLICT (reference_id) DO UPDATE SET
                published_id = coalesce(excluded.published_id, cables.published_id), aliases = excluded.aliases,
                origin = excluded.origin, created = excluded.created, classification = excluded.classification,
                level = excluded.level, noforn = excluded.noforn, restricted = excluded.restricted, subject = excluded.subject,
                tags = excluded.tags, captions = excluded.captions, addressees = excluded.addressees, cited = excluded.cited,
                versions = excluded.versions, decl_date = excluded.decl_date
            RETURNING reference_id, id
            """, connection))
        await using (var reader = await upsert.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                ids[reader.GetString(0)] = reader.GetInt64(1);
        await using (var views = new NpgsqlCommand("""
            DELETE FROM cable_views WHERE cable_id IN (SELECT c.id FROM cables c JOIN stage_cables s ON s.reference_id = c.reference_id);
            INSERT INTO cable_views (cable_id, mask, full_mask, is_full, subject_words, body_words, tsv, rank_tsv)
            SELECT c.id, s.mask, s.full_mask, s.is_full, s.subject_words, s.body_words, s.tsv::tsvector, s.rank_tsv::tsvector
            FROM stage_views s JOIN cables c ON c.reference_id = s.reference_id
            """, connection))
            await views.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

        if (aliasOnly.Count > 0)
        {
            // A text seen before under a new published id: only the aliases change.
            await using var update = new NpgsqlCommand("""
                UPDATE cables c SET aliases = u.aliases
                FROM (SELECT $1::text[] AS ids, $2::text[] AS joined) p,
                     LATERAL (SELECT i AS reference_id, string_to_array(j, chr(31)) AS aliases FROM unnest(p.ids, p.joined) AS x(i, j)) u
                WHERE c.reference_id = u.reference_id
                """, connection);
            update.Parameters.Add(new NpgsqlParameter { Value = aliasOnly.Select(a => a.Key).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            update.Parameters.Add(new NpgsqlParameter
            {
                Value = aliasOnly.Select(a => string.Join('\u001f', a.Value.Aliases)).ToArray(),
                NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text,
            });
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        return ids;
    }

    private static async Task CopyVersionsAsync(NpgsqlConnection connection, List<(string ReferenceId, int Number, PostgresCableRow Row)> versions,
        Dictionary<string, long> ids, DateTimeOffset storedAt, CancellationToken cancellationToken)
    {
        await using var import = await connection.BeginBinaryImportAsync(
            "COPY cable_versions (cable_id, number, sha256, stored_at, source, content) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        foreach (var (referenceId, number, row) in versions)
        {
            await import.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await import.WriteAsync(ids[referenceId], NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await import.WriteAsync(number, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await import.WriteAsync(row.Document.Sha256, NpgsqlDbType.Bytea, cancellationToken).ConfigureAwait(false);
            await import.WriteAsync(storedAt.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
            await import.WriteAsync(PgText.Clean(row.Document.Source), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await import.WriteAsync(row.Document.Content, NpgsqlDbType.Bytea, cancellationToken).ConfigureAwait(false);
        }
        await import.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Copies the views of one cable (named by <paramref name="key"/>: a reference id, or a cable id as text).</summary>
    internal static async Task WriteViewsAsync(NpgsqlBinaryImporter import, string key, IReadOnlyList<PostgresViewRow> views, CancellationToken cancellationToken)
    {
        foreach (var view in views)
        {
            await import.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await import.WriteAsync(key, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await import.WriteAsync(view.View.Mask, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await import.WriteAsync(view.View.FullMask, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await import.WriteAsync(view.View.IsFull, NpgsqlDbType.Boolean, cancellationToken).ConfigureAwait(false);
            await import.WriteAsync(view.SubjectWords, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await import.WriteAsync(view.BodyWords, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await import.WriteAsync(view.Vector, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await import.WriteAsync(view.RankVector, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string[] Cleaned(IReadOnlyList<string> values) => values.Select(PgText.Clean).ToArray();

    private static async Task WriteNullable(NpgsqlBinaryImporter import, object? value, NpgsqlDbType type, CancellationToken cancellationToken)
    {
        if (value is null) await import.WriteNullAsync(cancellationToken).ConfigureAwait(false);
        else await import.WriteAsync(value, type, cancellationToken).ConfigureAwait(false);
    }
}
