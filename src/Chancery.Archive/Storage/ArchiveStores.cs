using Chancery.Archive.Storage.Sqlite;

namespace Chancery.Archive.Storage;

/// <summary>Opens the store for an <see cref="ArchiveLocation"/>, creating or upgrading its schema.</summary>
public static class ArchiveStores
{
    /// <summary>
    /// Opens (creating when absent) the archive at <paramref name="location"/>. Throws <see cref="ArchiveException"/>
    /// with a one-line message when it cannot be used (not a database, a newer schema, unreachable server).
    /// </summary>
    public static Task<IArchiveStore> OpenAsync(ArchiveLocation location, CancellationToken cancellationToken = default) =>
        OpenAsync(location, TimeProvider.System, cancellationToken);

    /// <summary>As <see cref="OpenAsync(ArchiveLocation, CancellationToken)"/>, with the clock that stamps stored versions.</summary>
    public static async Task<IArchiveStore> OpenAsync(ArchiveLocation location, TimeProvider time, CancellationToken cancellationToken = default) =>
        location switch
        {
            ArchiveLocation.Sqlite sqlite => await SqliteArchiveStore.OpenAsync(sqlite.Path, time, cancellationToken).ConfigureAwait(false),
            _ => throw new ArchiveException($"no store for {location} yet"),
        };
}
