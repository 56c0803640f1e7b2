using System.Data.Common;
using Chancery.Archive;
using Chancery.Archive.Storage;

namespace Chancery.Cli.Archive;

/// <summary>Opens the archive a command names, turning every way that can fail into one <see cref="ArchiveException"/> line.</summary>
internal static class ArchiveOpener
{
    /// <summary>
    /// Opens <paramref name="location"/>. Commands that only read pass <paramref name="mustExist"/> so that a mistyped
    /// <c>--db</c> is an error instead of a new empty archive.
    /// </summary>
    public static async Task<IArchiveStore> OpenAsync(ArchiveLocation location, bool mustExist, CancellationToken cancellationToken)
    {
        if (location is ArchiveLocation.Sqlite { Path: var path })
        {
            if (mustExist && !File.Exists(path))
                throw new ArchiveException($"no archive at '{path}' (create one with 'chancery ingest PATH --db {path}')");
            if (Directory.Exists(path))
                throw new ArchiveException($"'{path}' is a directory, not an archive file");
        }
        try
        {
            if (location is ArchiveLocation.Sqlite { Path: var file } && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
                Directory.CreateDirectory(folder);
            return await ArchiveStores.OpenAsync(location, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DbException or ArgumentException or InvalidOperationException)
        {
            throw new ArchiveException($"cannot open the archive ({Describe(location)}): {OneLine(e.Message)}", e);
        }
    }

    /// <summary>The archive in a few words, without a PostgreSQL password.</summary>
    public static string Describe(ArchiveLocation location) => location switch
    {
        ArchiveLocation.Sqlite s => $"SQLite {s.Path}",
        ArchiveLocation.Postgres p => "PostgreSQL " + WithoutPassword(p.ConnectionString),
        _ => location.ToString(),
    };

    private static string WithoutPassword(string connectionString)
    {
        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
            foreach (var key in new[] { "Password", "Pwd" })
                if (builder.ContainsKey(key)) builder[key] = "***";
            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "(unparsable connection string)";
        }
    }

    /// <summary>Joins a multi-line message into one line.</summary>
    public static string OneLine(string message) =>
        string.Join(' ', message.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
