using Npgsql;
using NpgsqlTypes;

namespace Chancery.Archive.Storage.Postgres;

/// <summary>
/// Gives the cables of an archive made before release views their views and DECL dates, reading each cable's stored
/// latest version, inside the migration's transaction, when the migration left its marker.
/// </summary>
internal static class PostgresReleaseBackfill
{
    private const int Chunk = 2000;

    public static async Task RunIfPendingAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using (var exists = new NpgsqlCommand("SELECT to_regclass('policy_settings') IS NOT NULL", connection, transaction))
            if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not true) return;
        await using (var check = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM policy_settings WHERE key = 'views_backfill')", connection, transaction))
            if (await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not true) return;
        await using (var stage = new NpgsqlCommand("""
            CREATE TEMP TABLE backfill_views (
                reference_id text, mask integer, full_mask integer, is_full boolean, subject_words text, body_words text,
                tsv text, rank_tsv text
            ) ON COMMIT DROP
            """, connection, transaction))
            await stage.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await using (var clear = new NpgsqlCommand("DELETE FROM cable_views", connection, transaction))
            await clear.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        long after = 0;
        while (true)
        {
            var rows = new List<(long Id, Cables.Cable Cable)>();
            await using (var read = new NpgsqlCommand("""
                SELECT c.id, v.content FROM cables c JOIN cable_versions v ON v.cable_id = c.id AND v.number = c.versions
                WHERE c.id > $1 ORDER BY c.id LIMIT $2
                """, connection, transaction))
            {
                read.Parameters.Add(new NpgsqlParameter { Value = after, NpgsqlDbType = NpgsqlDbType.Bigint });
                read.Parameters.Add(new NpgsqlParameter { Value = Chunk, NpgsqlDbType = NpgsqlDbType.Integer });
                await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    rows.Add((reader.GetInt64(0), CableContent.UnpackCable(reader.GetFieldValue<byte[]>(1)).Cable));
            }
            if (rows.Count == 0) break;
            await using (var import = await connection.BeginBinaryImportAsync(
                "COPY backfill_views (reference_id, mask, full_mask, is_full, subject_words, body_words, tsv, rank_tsv) FROM STDIN (FORMAT BINARY)",
                cancellationToken).ConfigureAwait(false))
            {
                foreach (var (id, cable) in rows)
                {
                    var views = ReleaseView.Of(cable, EffectiveMarking.Of(cable), CableDocument.Tokens(cable.Subject), CableDocument.Tokens(cable.Body));
                    await PostgresArchiveStore.WriteViewsAsync(import, id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        [.. views.Select(PostgresCableRow.ViewRow)], cancellationToken).ConfigureAwait(false);
                }
                await import.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }
            await using (var decl = new NpgsqlCommand("""
                UPDATE cables c SET decl_date = u.decl FROM unnest($1::bigint[], $2::date[]) AS u(id, decl) WHERE c.id = u.id
                """, connection, transaction))
            {
                decl.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Id).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
                decl.Parameters.Add(new NpgsqlParameter
                {
                    Value = rows.Select(r => ReleaseView.DeclassifyDate(r.Cable) is { } d
                        ? DateOnly.ParseExact(d, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null).ToArray(),
                    NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date,
                });
                await decl.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            after = rows[^1].Id;
        }
        await using var done = new NpgsqlCommand("""
            INSERT INTO cable_views (cable_id, mask, full_mask, is_full, subject_words, body_words, tsv, rank_tsv)
            SELECT reference_id::bigint, mask, full_mask, is_full, subject_words, body_words, tsv::tsvector, rank_tsv::tsvector FROM backfill_views;
            DELETE FROM policy_settings WHERE key = 'views_backfill'
            """, connection, transaction);
        await done.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
