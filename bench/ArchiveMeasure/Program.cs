// In-process archive measurements, the same for both backends:
//   dotnet run -c Release --project bench/ArchiveMeasure -- postgres "Host=...;Database=..." CORPUS_DIR
//   dotnet run -c Release --project bench/ArchiveMeasure -- sqlite /tmp/bench.db CORPUS_DIR
// Ingests CORPUS_DIR/cables/*.txt through ArchiveIngestor (default options) into an empty archive, prints the rate and
// the time spent inside SaveBatchAsync, then runs each query 21 times (limit 20, facets) and prints p50 and max of the
// last 20. bench/postgres-archive.sh measures the whole CLI process instead.
using System.Diagnostics;
using Chancery.Archive;
using Chancery.Archive.Ingest;
using Chancery.Archive.Query;
using Chancery.Archive.Storage;

if (args.Length != 3 || args[0] is not ("postgres" or "sqlite"))
{
    Console.Error.WriteLine("usage: ArchiveMeasure postgres|sqlite CONNECTION_STRING|FILE CORPUS_DIR");
    return 2;
}
var location = args[0] == "postgres" ? (ArchiveLocation)new ArchiveLocation.Postgres(args[1]) : new ArchiveLocation.Sqlite(args[1]);
var files = Directory.GetFiles(Path.Combine(args[2], "cables"), "*.txt").Order(StringComparer.Ordinal).ToList();
await using var store = await ArchiveStores.OpenAsync(location);
Console.WriteLine($"{store.Description}; {Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

var timed = new TimedStore(store);
var clock = Stopwatch.StartNew();
var summary = await new ArchiveIngestor(timed).RunAsync(Records(files));
clock.Stop();
Console.WriteLine($"ingest: {summary.Added} added, {summary.Updated} updated, {summary.Unchanged} unchanged, {summary.Rejected} rejected " +
    $"in {clock.Elapsed.TotalSeconds:F1} s = {files.Count / clock.Elapsed.TotalSeconds:F0} cables/s ({timed.Saving.TotalSeconds:F1} s inside SaveBatchAsync)");

QueryNode?[] queries =
[
    new TermNode("pipeline"), new TermNode("minister"), new PhraseNode(["human", "rights"]), new TermNode("terror", Prefix: true),
    new AndNode([new FilterNode(FilterField.Tag, "PREL"), new TermNode("election")]), new FilterNode(FilterField.Caption, "NOFORN"),
    new OrNode([new TermNode("hamas"), new TermNode("hezbollah")]), null,
];
foreach (var query in queries)
{
    var times = new List<double>();
    long total = 0;
    for (var i = 0; i < 21; i++)
    {
        var run = Stopwatch.StartNew();
        total = (await store.SearchAsync(new SearchRequest(query), Principal.Unrestricted)).Total;
        if (i > 0) times.Add(run.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    Console.WriteLine($"search {Describe(query),-34} total {total,5}  p50 {times[times.Count / 2],6:F1} ms  max {times[^1],6:F1} ms");
}
return 0;

static async IAsyncEnumerable<IngestRecord> Records(IEnumerable<string> files)
{
    foreach (var file in files)
        yield return new IngestRecord(await File.ReadAllTextAsync(file), file, Path.GetFileNameWithoutExtension(file));
}

static string Describe(QueryNode? query) => query switch
{
    null => "(everything)",
    TermNode t => t.Word + (t.Prefix ? "*" : ""),
    PhraseNode p => $"\"{string.Join(' ', p.Words)}\"",
    FilterNode f => $"{f.Field}:{f.Value}",
    AndNode a => string.Join(" AND ", a.Parts.Select(Describe)),
    OrNode o => string.Join(" OR ", o.Parts.Select(Describe)),
    _ => query.ToString(),
};

/// <summary>Adds up the time spent storing batches.</summary>
internal sealed class TimedStore(IArchiveStore inner) : IArchiveStore
{
    public TimeSpan Saving { get; private set; }
    public string Description => inner.Description;

    public async Task<IReadOnlyList<SaveOutcome>> SaveBatchAsync(IReadOnlyList<IncomingCable> batch, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        try { return await inner.SaveBatchAsync(batch, cancellationToken); }
        finally { Saving += Stopwatch.GetElapsedTime(started); }
    }

    public Task<SearchResults> SearchAsync(SearchRequest request, Principal principal, CancellationToken cancellationToken = default) =>
        inner.SearchAsync(request, principal, cancellationToken);
    public Task<ArchivedCable?> GetCableAsync(string referenceId, Principal principal, CancellationToken cancellationToken = default) =>
        inner.GetCableAsync(referenceId, principal, cancellationToken);
    public Task<IReadOnlyList<CableVersion>> GetVersionsAsync(string referenceId, Principal principal, CancellationToken cancellationToken = default) =>
        inner.GetVersionsAsync(referenceId, principal, cancellationToken);
    public Task<ReferenceLinks?> GetReferencesAsync(string referenceId, Principal principal, CancellationToken cancellationToken = default) =>
        inner.GetReferencesAsync(referenceId, principal, cancellationToken);
    public Task<IReadOnlyList<CountRow>> GetStatsAsync(StatsDimension by, QueryNode? query, Principal principal, CancellationToken cancellationToken = default) =>
        inner.GetStatsAsync(by, query, principal, cancellationToken);
    public IAsyncEnumerable<ArchivedCable> ExportAsync(QueryNode? query, Principal principal, CancellationToken cancellationToken = default) =>
        inner.ExportAsync(query, principal, cancellationToken);
    public Task<ArchiveCounts> CountAsync(CancellationToken cancellationToken = default) => inner.CountAsync(cancellationToken);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
