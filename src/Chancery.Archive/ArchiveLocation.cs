namespace Chancery.Archive;

/// <summary>Where an archive lives: an embedded SQLite file or a PostgreSQL server.</summary>
public abstract record ArchiveLocation
{
    private ArchiveLocation() { }

    /// <summary>An embedded SQLite database file.</summary>
    public sealed record Sqlite(string Path) : ArchiveLocation;

    /// <summary>A PostgreSQL database given by an Npgsql connection string.</summary>
    public sealed record Postgres(string ConnectionString) : ArchiveLocation;

    /// <summary>The default embedded database: <c>$XDG_DATA_HOME/chancery/chancery.db</c> (or the platform's
    /// local application data folder), falling back to <c>./chancery-data/chancery.db</c>.</summary>
    public static string DefaultSqlitePath
    {
        get
        {
            var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            return string.IsNullOrEmpty(data)
                ? System.IO.Path.Combine("chancery-data", "chancery.db")
                : System.IO.Path.Combine(data, "chancery", "chancery.db");
        }
    }
}
