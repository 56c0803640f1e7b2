namespace Chancery.Archive.Storage;

/// <summary>Opens the store for an <see cref="ArchiveLocation"/>, creating or upgrading its schema.</summary>
public static class ArchiveStores
{
    /// <summary>
    /// Opens (creating when absent) the archive at <paramref name="location"/>. Throws <see cref="ArchiveException"/>
    /// with a one-line message when it cannot be used (not a database, a newer schema, unreachable server).
    /// </summary>
    public static Task<IArchiveStore> OpenAsync(ArchiveLocation location, CancellationToken cancellationToken = default) =>
        throw new ArchiveException($"no store for {location} yet");
}
