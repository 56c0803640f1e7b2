using Chancery.Cables;
using Microsoft.Data.Sqlite;

namespace Chancery.Archive.Storage.Sqlite;

/// <summary>
/// Gives the cables of an archive made before release views their views, full-text rows and DECL dates, reading
/// each cable's stored latest version. Runs in one transaction when the migration left its marker; an interrupted
/// run leaves the marker, so the next open does it again.
/// </summary>
internal static class SqliteReleaseBackfill
{
    private const int Chunk = 2000;

    public static void RunIfPending(SqliteConnection connection)
    {
        using (var check = connection.CreateCommand())
        {
            check.CommandText = """
                SELECT count(*) FROM sqlite_schema WHERE name = 'policy_settings'
                  AND EXISTS (SELECT 1 FROM policy_settings WHERE key = 'views_backfill')
                """;
            if (Convert.ToInt64(check.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0) return;
        }
        using var transaction = connection.BeginTransaction();
        using var clear = Command(connection, transaction, "DELETE FROM view_text; DELETE FROM views");
        clear.ExecuteNonQuery();
        using var read = Command(connection, transaction, """
            SELECT c.id, v.content FROM cables c JOIN versions v ON v.cable_id = c.id AND v.number = c.versions
            WHERE c.id > $after ORDER BY c.id LIMIT $chunk
            """, "$after", "$chunk");
        using var view = Command(connection, transaction,
            "INSERT INTO views(cable_id, mask, full_mask, is_full) VALUES ($id, $mask, $full, $isFull) RETURNING id", "$id", "$mask", "$full", "$isFull");
        using var text = Command(connection, transaction, "INSERT INTO view_text(rowid, subject, body) VALUES ($id, $subject, $body)", "$id", "$subject", "$body");
        using var decl = Command(connection, transaction, "UPDATE cables SET decl_date = $date WHERE id = $id", "$id", "$date");
        long after = 0;
        while (true)
        {
            var rows = new List<(long Id, Cable Cable)>();
            read.Parameters[0].Value = after;
            read.Parameters[1].Value = Chunk;
            using (var reader = read.ExecuteReader())
                while (reader.Read())
                    rows.Add((reader.GetInt64(0), CableContent.UnpackCable((byte[])reader.GetValue(1)).Cable));
            if (rows.Count == 0) break;
            foreach (var (id, cable) in rows)
            {
                foreach (var v in ReleaseView.Of(cable, EffectiveMarking.Of(cable), CableDocument.Tokens(cable.Subject), CableDocument.Tokens(cable.Body)))
                {
                    var viewId = (long)Run(view, id, v.Mask, v.FullMask, v.IsFull ? 1 : 0).ExecuteScalar()!;
                    Run(text, viewId, v.SubjectTokens, v.BodyTokens).ExecuteNonQuery();
                }
                Run(decl, id, ReleaseView.DeclassifyDate(cable)).ExecuteNonQuery();
            }
            after = rows[^1].Id;
        }
        using var done = Command(connection, transaction, "DELETE FROM policy_settings WHERE key = 'views_backfill'");
        done.ExecuteNonQuery();
        transaction.Commit();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        return command;
    }

    private static SqliteCommand Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return command;
    }
}
