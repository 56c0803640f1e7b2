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
        _deleteRefs, _insertRef, _viewIds, _deleteText, _deleteViews, _insertView, _insertText;

    private readonly SqliteConnection _connection;

    public SqliteCableWriter(SqliteConnection connection)
    {
        _connection = connection;
        _find = Make(connection, "SELECT id, versions FROM cables WHERE ref_id = $ref", "$ref");
        _hashes = Make(connection, "SELECT sha256 FROM versions WHERE cable_id = $id", "$id");
        _insertCable = Make(connection, """
            INSERT INTO cables(ref_id, published_id, created, origin, classification, level, noforn, restricted, subject, versions, decl_date)
            VALUES ($ref, $published, $created, $origin, $classification, $level, $noforn, $restricted, $subject, 1, $decl)
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
        _viewIds = Make(connection, "SELECT id FROM views WHERE cable_id = $id", "$id");
        // One row per statement: a statement that may change several rows of the FTS table gets a savepoint, and
        // FTS5 writes its pending index out at every savepoint (see LastInsertedId).
        _deleteText = Make(connection, "DELETE FROM view_text WHERE rowid = $view", "$view");
        _deleteViews = Make(connection, "DELETE FROM views WHERE cable_id = $id", "$id");
        _insertView = Make(connection, "INSERT INTO views(cable_id, mask, full_mask, is_full) VALUES ($id, $mask, $full, $isFull)",
            "$id", "$mask", "$full", "$isFull");
        _insertText = Make(connection, "INSERT INTO view_text(rowid, subject, body) VALUES ($id, $subject, $body)", "$id", "$subject", "$body");
    }

    /// <summary>Stores <paramref name="docs"/>, in order, inside <paramref name="transaction"/>.</summary>
    /// <remarks>
    /// The full-text index rows of cables the batch changes are deleted first, before any row of the batch is inserted:
    /// FTS5 writes its pending inserts out as a segment of their own before a delete, so deleting between inserts
    /// would cut the batch's index into many small segments that merging then pays for.
    /// </remarks>
    public SaveOutcome[] Save(IReadOnlyList<CableDocument> docs, string storedAt, SqliteTransaction transaction)
    {
        foreach (var command in _all) command.Transaction = transaction;
        var known = new Dictionary<string, (long Id, int Versions)>(StringComparer.Ordinal);
        foreach (var doc in docs)
            if (!known.ContainsKey(doc.ReferenceId) && Find(doc.ReferenceId) is { } found) known.Add(doc.ReferenceId, found);
        var retiredCables = new HashSet<long>();
        var retired = new HashSet<long>();
        foreach (var doc in docs)
        {
            if (!known.TryGetValue(doc.ReferenceId, out var cable) || retiredCables.Contains(cable.Id) || HasText(cable.Id, doc.Sha256)) continue;
            retiredCables.Add(cable.Id);
            foreach (var viewId in ViewIds(cable.Id))
            {
                Run(_deleteText, viewId).ExecuteNonQuery();
                retired.Add(viewId);
            }
        }
        var outcomes = new SaveOutcome[docs.Count];
        for (var i = 0; i < docs.Count; i++)
            outcomes[i] = Save(docs[i], storedAt, known, retired);
        return outcomes;
    }

    /// <summary>
    /// Stores one document. <paramref name="known"/> holds every cable of the batch stored so far (the archive's before
    /// the batch, the batch's own since); <paramref name="retired"/> the views whose index rows are already deleted.
    /// </summary>
    private SaveOutcome Save(CableDocument doc, string storedAt, Dictionary<string, (long Id, int Versions)> known, HashSet<long> retired)
    {
        if (!known.TryGetValue(doc.ReferenceId, out var cable))
        {
            Run(_insertCable, doc.ReferenceId, doc.PublishedId, doc.Created, doc.Origin, (int?)doc.Classification,
                (int)doc.Marking.Level, doc.Marking.NoForn ? 1 : 0, doc.Marking.RestrictedMask, doc.Subject, doc.DeclassifyDate).ExecuteNonQuery();
            var id = LastInsertedId();
            known.Add(doc.ReferenceId, (id, 1));
            WriteVersion(doc, id, 1, storedAt, fresh: true, retired);
            return SaveOutcome.Added;
        }
        if (HasText(cable.Id, doc.Sha256))
        {
            if (doc.PublishedId is { } alias) Run(_insertAlias, alias, cable.Id).ExecuteNonQuery();
            return SaveOutcome.Unchanged;
        }
        var versions = cable.Versions + 1;
        Run(_updateCable, cable.Id, doc.PublishedId, doc.Created, doc.Origin, (int?)doc.Classification, (int)doc.Marking.Level,
            doc.Marking.NoForn ? 1 : 0, doc.Marking.RestrictedMask, doc.Subject, versions, doc.DeclassifyDate).ExecuteNonQuery();
        known[doc.ReferenceId] = (cable.Id, versions);
        WriteVersion(doc, cable.Id, versions, storedAt, fresh: false, retired);
        return SaveOutcome.Updated;
    }

    private (long Id, int Versions)? Find(string referenceId)
    {
        using var reader = Run(_find, referenceId).ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetInt32(1)) : null;
    }

    private bool HasText(long id, byte[] sha256)
    {
        using var reader = Run(_hashes, id).ExecuteReader();
        while (reader.Read())
            if (((byte[])reader.GetValue(0)).AsSpan().SequenceEqual(sha256)) return true;
        return false;
    }

    private List<long> ViewIds(long id)
    {
        var ids = new List<long>(4);
        using var reader = Run(_viewIds, id).ExecuteReader();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return ids;
    }

    private void WriteVersion(CableDocument doc, long id, int number, string storedAt, bool fresh, HashSet<long> retired)
    {
        Run(_insertVersion, id, number, doc.Sha256, storedAt, doc.Source, doc.Content).ExecuteNonQuery();
        if (doc.PublishedId is { } alias) Run(_insertAlias, alias, id).ExecuteNonQuery();
        if (!fresh)
        {
            Run(_deleteTags, id).ExecuteNonQuery();
            Run(_deleteCaptions, id).ExecuteNonQuery();
            Run(_deleteAddressees, id).ExecuteNonQuery();
            Run(_deleteRefs, id).ExecuteNonQuery();
            // Only a view stored earlier in this batch (a second new version in one batch) still has its index rows.
            foreach (var viewId in ViewIds(id))
                if (!retired.Contains(viewId)) Run(_deleteText, viewId).ExecuteNonQuery();
            Run(_deleteViews, id).ExecuteNonQuery();
        }
        for (var i = 0; i < doc.Tags.Count; i++) Run(_insertTag, id, i, doc.Tags[i]).ExecuteNonQuery();
        for (var i = 0; i < doc.Captions.Count; i++) Run(_insertCaption, id, i, doc.Captions[i]).ExecuteNonQuery();
        foreach (var address in doc.Addressees) Run(_insertAddressee, id, address).ExecuteNonQuery();
        for (var i = 0; i < doc.CitedIds.Count; i++) Run(_insertRef, id, i, doc.CitedIds[i]).ExecuteNonQuery();
        foreach (var view in doc.Views)
        {
            Run(_insertView, id, view.Mask, view.FullMask, view.IsFull ? 1 : 0).ExecuteNonQuery();
            var viewId = LastInsertedId();
            retired.Remove(viewId); // a deleted view's id can come back: this one has index rows again
            Run(_insertText, viewId, view.SubjectTokens, view.BodyTokens).ExecuteNonQuery();
        }
    }

    /// <summary>
    /// The rowid the last INSERT made. Not <c>RETURNING id</c>: SQLite runs RETURNING as a trigger, which gives the
    /// statement a savepoint, and FTS5 writes its pending index to disk at every savepoint, so each cable became a
    /// segment of its own and merging them cost about two thirds of the writer's time.
    /// </summary>
    private long LastInsertedId() => SQLitePCL.raw.sqlite3_last_insert_rowid(_connection.Handle);

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
