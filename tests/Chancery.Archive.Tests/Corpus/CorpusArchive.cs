using Chancery.Archive.Ingest;
using Chancery.Archive.Storage;
using Chancery.Cables;
using Microsoft.Data.Sqlite;

namespace Chancery.Archive.Tests.Corpus;

/// <summary>
/// The developer corpus ingested once into a SQLite archive for the corpus tests, with the reader's own view of every
/// file beside it, so the store's answers can be checked against what the reader says the cables hold.
/// </summary>
public sealed class CorpusArchive : IAsyncLifetime
{
    private string? _folder;

    public string? Root { get; private set; }
    public IArchiveStore Store { get; private set; } = null!;
    public IngestSummary Summary { get; private set; } = null!;

    /// <summary>File name (published id) and parsed cable of every corpus file, in file order.</summary>
    public IReadOnlyList<(string PublishedId, Cable Cable)> Parsed { get; private set; } = [];

    /// <summary>The cable each canonical id ends with (the last file read for it wins, as in the archive).</summary>
    public IReadOnlyDictionary<string, Cable> Latest { get; private set; } = new Dictionary<string, Cable>();

    public async ValueTask InitializeAsync()
    {
        Root = CorpusLocator.Find();
        if (Root is null) return;
        var files = Files(Root);
        var reader = new CableReader();
        Parsed = [.. files.Select(f => (Path.GetFileNameWithoutExtension(f), reader.Read(File.ReadAllText(f), f)))];
        var latest = new Dictionary<string, Cable>();
        foreach (var (published, cable) in Parsed)
            if ((cable.ReferenceId ?? PublishedIds.Normalize(published)) is { } id) latest[id] = cable;
        Latest = latest;
        _folder = Directory.CreateTempSubdirectory("chancery-corpus-").FullName;
        Store = await ArchiveStores.OpenAsync(new ArchiveLocation.Sqlite(Path.Combine(_folder, "corpus.db")));
        Summary = await new ArchiveIngestor(Store).RunAsync(Records(files));
    }

    public static string[] Files(string root) => [.. Directory.GetFiles(Path.Combine(root, "cables"), "*.txt").Order(StringComparer.Ordinal)];

    public static async IAsyncEnumerable<IngestRecord> Records(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var cut = name.IndexOf("__", StringComparison.Ordinal);
            yield return new IngestRecord(await File.ReadAllTextAsync(file), file, cut > 0 ? name[..cut] : name);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Root is null) return;
        await Store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder!, recursive: true); }
        catch (IOException) { /* best effort */ }
    }
}
