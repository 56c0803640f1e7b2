using Microsoft.Data.Sqlite;

namespace Chancery.Archive.Storage.Sqlite;

/// <summary>
/// The SQLite schema as an ordered list of migration steps. <c>PRAGMA user_version</c> holds how many steps a database
/// has; opening runs the missing ones, each in its own transaction. <c>PRAGMA application_id</c> marks the file as ours.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>"CHNC" as a 32-bit number: written into every Chancery database.</summary>
    public const int ApplicationId = 0x43484E43;

    /// <summary>The steps; step i (0-based) brings a database from version i to i + 1. Only ever append.</summary>
    public static IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE cables(
            id INTEGER PRIMARY KEY,
            ref_id TEXT NOT NULL UNIQUE,
            published_id TEXT,
            created TEXT,
            origin TEXT,
            classification INTEGER,
            level INTEGER NOT NULL,
            noforn INTEGER NOT NULL,
            restricted INTEGER NOT NULL,
            subject TEXT,
            versions INTEGER NOT NULL
        );
        CREATE INDEX cables_created ON cables(created);
        CREATE INDEX cables_origin ON cables(origin);
        CREATE TABLE aliases(alias TEXT PRIMARY KEY, cable_id INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE versions(
            id INTEGER PRIMARY KEY,
            cable_id INTEGER NOT NULL,
            number INTEGER NOT NULL,
            sha256 BLOB NOT NULL,
            stored_at TEXT NOT NULL,
            source TEXT NOT NULL,
            content BLOB NOT NULL
        );
        CREATE UNIQUE INDEX versions_cable ON versions(cable_id, number);
        CREATE TABLE tags(cable_id INTEGER NOT NULL, position INTEGER NOT NULL, tag TEXT NOT NULL, PRIMARY KEY(cable_id, position)) WITHOUT ROWID;
        CREATE INDEX tags_tag ON tags(tag, cable_id);
        CREATE TABLE captions(cable_id INTEGER NOT NULL, position INTEGER NOT NULL, caption TEXT NOT NULL, PRIMARY KEY(cable_id, position)) WITHOUT ROWID;
        CREATE INDEX captions_caption ON captions(caption, cable_id);
        CREATE TABLE addressees(cable_id INTEGER NOT NULL, address TEXT NOT NULL, PRIMARY KEY(cable_id, address)) WITHOUT ROWID;
        CREATE INDEX addressees_address ON addressees(address, cable_id);
        CREATE TABLE refs(cable_id INTEGER NOT NULL, position INTEGER NOT NULL, cited TEXT NOT NULL, PRIMARY KEY(cable_id, position)) WITHOUT ROWID;
        CREATE INDEX refs_cited ON refs(cited, cable_id);
        CREATE VIRTUAL TABLE cable_text USING fts5(subject, body, content='', contentless_delete=1, tokenize='ascii');
        """,
        // Release policy: the full-text index moves from cables to their views (the released text per group of reader
        // types); the stored policy and explicit declassifications. Existing cables get their views from
        // SqliteReleaseBackfill, which the marker row asks for (it reads the stored content, which SQL cannot).
        """
        ALTER TABLE cables ADD COLUMN decl_date TEXT;
        ALTER TABLE cables ADD COLUMN declassified INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE views(id INTEGER PRIMARY KEY, cable_id INTEGER NOT NULL, mask INTEGER NOT NULL, full_mask INTEGER NOT NULL, is_full INTEGER NOT NULL);
        CREATE INDEX views_cable ON views(cable_id);
        CREATE VIRTUAL TABLE view_text USING fts5(subject, body, content='', contentless_delete=1, tokenize='ascii');
        DROP TABLE cable_text;
        CREATE TABLE declassifications(cable_id INTEGER PRIMARY KEY, at TEXT NOT NULL, by TEXT NOT NULL, reason TEXT NOT NULL);
        CREATE TABLE policy_settings(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        INSERT INTO policy_settings(key, value) SELECT 'views_backfill', 'pending' WHERE EXISTS (SELECT 1 FROM cables);
        """,
        // Users, API tokens (hashes only) and the append-only, hash-chained audit log. Times are Unix milliseconds.
        """
        CREATE TABLE users(
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL UNIQUE,
            clearance INTEGER NOT NULL,
            noforn INTEGER NOT NULL,
            accesses TEXT NOT NULL,
            role INTEGER NOT NULL,
            read_limit_hour INTEGER NOT NULL,
            read_limit_day INTEGER NOT NULL,
            disabled INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            password_hash TEXT NOT NULL,
            failed_logins INTEGER NOT NULL,
            locked_until INTEGER
        );
        CREATE TABLE api_tokens(
            id TEXT PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id),
            token_hash TEXT NOT NULL UNIQUE,
            created_at INTEGER NOT NULL,
            expires_at INTEGER,
            revoked INTEGER NOT NULL
        );
        CREATE INDEX api_tokens_user ON api_tokens(user_id);
        CREATE TABLE audit_log(
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            user_name TEXT NOT NULL,
            action TEXT NOT NULL,
            target TEXT NOT NULL,
            cables INTEGER NOT NULL,
            origin TEXT NOT NULL,
            detail TEXT,
            hash TEXT NOT NULL
        );
        CREATE INDEX audit_log_user_at ON audit_log(user_name, at, action, cables);
        CREATE INDEX audit_log_at ON audit_log(at);
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """,
        // Stored content format 2 (Zstandard with a dictionary, see CableContent): no table changes, but a Chancery
        // that cannot read the new blobs must refuse the database as newer rather than call its cables damaged.
        "SELECT 1",
    ];

    /// <summary>The schema version this code writes.</summary>
    public static int CurrentVersion => Steps.Count;

    /// <summary>Brings the database on <paramref name="connection"/> to <see cref="CurrentVersion"/>.</summary>
    /// <exception cref="ArchiveException">Not a Chancery database, or one made by a newer Chancery.</exception>
    public static void Migrate(SqliteConnection connection, string path)
    {
        Migrate(connection, path, Steps);
        SqliteReleaseBackfill.RunIfPending(connection);
    }

    /// <summary>Brings the database to <c>steps.Count</c> using <paramref name="steps"/> (tests pass longer lists).</summary>
    internal static void Migrate(SqliteConnection connection, string path, IReadOnlyList<string> steps)
    {
        var applicationId = Scalar(connection, "PRAGMA application_id");
        var version = Scalar(connection, "PRAGMA user_version");
        if (applicationId != ApplicationId)
        {
            var objects = Scalar(connection, "SELECT count(*) FROM sqlite_schema");
            if (objects != 0 || applicationId != 0)
                throw new ArchiveException($"{path} is not a Chancery database");
            Execute(connection, $"PRAGMA application_id = {ApplicationId}");
        }
        if (version > steps.Count)
            throw new ArchiveException($"{path} has schema version {version}, newer than this Chancery understands ({steps.Count}); use a newer Chancery");
        for (var step = (int)version; step < steps.Count; step++)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, steps[step], transaction);
            Execute(connection, $"PRAGMA user_version = {step + 1}", transaction);
            transaction.Commit();
        }
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
