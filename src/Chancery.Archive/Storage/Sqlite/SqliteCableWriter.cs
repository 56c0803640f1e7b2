using Microsoft.Data.Sqlite;

namespace Chancery.Archive.Storage.Sqlite;

/// <summary>
/// The prepared statements of the writer connection, made once and reused for every cable of every batch, and the
/// logic that stores one <see cref="CableDocument"/>: a new cable, a new version, or nothing for a text seen before.
/// </summary>
internal sealed class SqliteCableWriter : IDisposable
{
    private readonly List<SqliteCommand> _all = [];
    private readonly SqliteCommand _find, _hashes, _insertCable, _updateCable, _insertVersion, _insertAlias,
        _deleteTags, _insertTag, _deleteCaptions, _insertCaption, _deleteAddressees, _insertAddressee,
        _deleteRefs, _insertRef, _deleteText, _deleteViews, _insertView, _insertText;

    public SqliteCableWriter(SqliteConnection connection)
    {
        _find = Make(connection, "SELECT id, versions FROM cables WHERE ref_id = $ref", "$ref");
        _hashes = Make(connection, "SELECT sha256 FROM versions WHERE cable_id = $id", "$id");
        _insertCable = Make(connection, """
            INSERT INTO cables(ref_id, published_id, created, origin, classification, level, noforn, restricted, subject, versions, decl_date)
            VALUES ($ref, $published, $created, $origin, $classification, $level, $noforn, $restricted, $subject, 1, $decl)
            RETURNING id
            """, "$ref", "$published", "$created", "$origin", "$classification", "$level", "$noforn", "$restricted", "$subject", "$decl");
        _updateCable = Make(connection, """
            UPDATE cables SET published_id = coalesce($published, published_id), created = $created, origin = $origin,
                classification = $classification, level = $level, noforn = $noforn, restricted = $restricted,
                subject = $subject, versions = $versions, decl_date = $decl
            WHERE id = $id
            """, "$id", "$published", "$created", "$origin", "$classification", "$level", "$noforn", "$restricted", "$subject", "$versions", "$decl");
        _insertVersion = Make(connection, """
            INSERT INTO versions(cable_id, number, sha256, stored_at, source, content) VALUES ($id, $number, $sha, $at, $source, $content)
            """, "$id", "$number", "$sha", "$at", "$source", "$content");
        _insertAlias = Make(connection, "INSERT OR IGNORE INTO aliases(alias, cable_id) VALUES ($alias, $id)", "$alias", "$id");
        _deleteTags = Make(connection, "DELETE FROM tags WHERE cable_id = $id", "$id");
        _insertTag = Make(connection, "INSERT INTO tags(cable_id, position, tag) VALUES ($id, $pos, $value)", "$id", "$pos", "$value");
        _deleteCaptions = Make(connection, "DELETE FROM captions WHERE cable_id = $id", "$id");
        _insertCaption = Make(connection, "INSERT INTO captions(cable_id, position, caption) VALUES ($id, $pos, $value)", "$id", "$pos", "$value");
        _deleteAddressees = Make(connection, "DELETE FROM addressees WHERE cable_id = $id", "$id");
        _insertAddressee = Make(connection, "INSERT OR IGNORE INTO addressees(cable_id, address) VALUES ($id, $value)", "$id", "$value");
        _deleteRefs = Make(connection, "DELETE FROM refs WHERE cable_id = $id", "$id");
        _insertRef = Make(connection, "INSERT INTO refs(cable_id, position, cited) VALUES ($id, $pos, $value)", "$id", "$pos", "$value");
        _deleteText = Make(connection, "DELETE FROM view_text WHERE rowid IN (SELECT id FROM views WHERE cable_id = $id)", "$id");
        _deleteViews = Make(connection, "DELETE FROM views WHERE cable_id = $id", "$id");
        _insertView = Make(connection, "INSERT INTO views(cable_id, mask, full_mask, is_full) VALUES ($id, $mask, $full, $isFull) RETURNING id",
            "$id", "$mask", "$full", "$isFull");
        _insertText = Make(connection, "INSERT INTO view_text(rowid, subject, body) VALUES ($id, $subject, $body)", "$id", "$subject", "$body");
    }

    /// <summary>Stores <paramref name="doc"/> inside <paramref name="transaction"/>.</summary>
    public SaveOutcome Save(CableDocument doc, string storedAt, SqliteTransaction transaction)
    {
        foreach (var command in _all) command.Transaction = transaction;
        long id;
        int versions;
        using (var reader = Run(_find, doc.ReferenceId).ExecuteReader())
        {
            if (reader.Read())
            {
                id = reader.GetInt64(0);
                versions = reader.GetInt32(1);
            }
            else
            {
                id = -1;
                versions = 0;
            }
        }
        if (id < 0)
        {
            id = (long)Run(_insertCable, doc.ReferenceId, doc.PublishedId, doc.Created, doc.Origin, (int?)doc.Classification,
                (int)doc.Marking.Level, doc.Marking.NoForn ? 1 : 0, doc.Marking.RestrictedMask, doc.Subject, doc.DeclassifyDate).ExecuteScalar()!;
            WriteVersion(doc, id, 1, storedAt, fresh: true);
            return SaveOutcome.Added;
        }
        if (HasText(id, doc.Sha256))
        {
            if (doc.PublishedId is { } alias) Run(_insertAlias, alias, id).ExecuteNonQuery();
            return SaveOutcome.Unchanged;
        }
        Run(_updateCable, id, doc.PublishedId, doc.Created, doc.Origin, (int?)doc.Classification, (int)doc.Marking.Level,
            doc.Marking.NoForn ? 1 : 0, doc.Marking.RestrictedMask, doc.Subject, versions + 1, doc.DeclassifyDate).ExecuteNonQuery();
        WriteVersion(doc, id, versions + 1, storedAt, fresh: false);
        return SaveOutcome.Updated;
    }

    private bool HasText(long id, byte[] sha256)
    {
        using var reader = Run(_hashes, id).ExecuteReader();
        while (reader.Read())
            if (((byte[])reader.GetValue(0)).AsSpan().SequenceEqual(sha256)) return true;
        return false;
    }

    private void WriteVersion(CableDocument doc, long id, int number, string storedAt, bool fresh)
    {
        Run(_insertVersion, id, number, doc.Sha256, storedAt, doc.Source, doc.Content).ExecuteNonQuery();
        if (doc.PublishedId is { } alias) Run(_insertAlias, alias, id).ExecuteNonQuery();
        if (!fresh)
        {
            Run(_deleteTags, id).ExecuteNonQuery();
            Run(_deleteCaptions, id).ExecuteNonQuery();
            Run(_deleteAddressees, id).ExecuteNonQuery();
            Run(_deleteRefs, id).ExecuteNonQuery();
            Run(_deleteText, id).ExecuteNonQuery();
            Run(_deleteViews, id).ExecuteNonQuery();
        }
        for (var i = 0; i < doc.Tags.Count; i++) Run(_insertTag, id, i, doc.Tags[i]).ExecuteNonQuery();
        for (var i = 0; i < doc.Captions.Count; i++) Run(_insertCaption, id, i, doc.Captions[i]).ExecuteNonQuery();
        foreach (var address in doc.Addressees) Run(_insertAddressee, id, address).ExecuteNonQuery();
        for (var i = 0; i < doc.CitedIds.Count; i++) Run(_insertRef, id, i, doc.CitedIds[i]).ExecuteNonQuery();
        foreach (var view in doc.Views)
        {
            var viewId = (long)Run(_insertView, id, view.Mask, view.FullMask, view.IsFull ? 1 : 0).ExecuteScalar()!;
            Run(_insertText, viewId, view.SubjectTokens, view.BodyTokens).ExecuteNonQuery();
        }
    }

    private SqliteCommand Make(SqliteConnection connection, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        _all.Add(command);
        return command;
    }

    private static SqliteCommand Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _all) command.Dispose();
    }
}
