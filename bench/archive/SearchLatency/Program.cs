// Search latency over an existing archive, the way the web and CLI ask (page of 20, facets, snippets):
//   dotnet run -c Release --project bench/archive/SearchLatency -- sqlite FILE bench/archive/queries.txt [ROUNDS]
//   dotnet run -c Release --project bench/archive/SearchLatency -- postgres CONNSTR bench/archive/queries.txt [ROUNDS]
// A warm-up (the facet index, then queries of its own: JIT, the page cache), then one measured pass in which every
// query is new to the store ("first time": nothing of it is cached), then ROUNDS (default 3) measured passes of the
// same queries again ("repeated": answered from the store's cache of recent searches where it has one). Prints p50,
// p90, p99 and max of each (and of the first pass's CPU time), and the slowest queries of the first pass (env SLOWEST, default 8, says how many).
using System.Diagnostics;
using Chancery.Archive;
using Chancery.Archive.Query;
using Chancery.Archive.Storage;

if (args.Length is < 3 or > 4 || args[0] is not ("postgres" or "sqlite"))
{
    Console.Error.WriteLine("usage: SearchLatency sqlite|postgres FILE|CONNSTR QUERIES.txt [ROUNDS]");
    return 2;
}
var location = args[0] == "postgres" ? (ArchiveLocation)new ArchiveLocation.Postgres(args[1]) : new ArchiveLocation.Sqlite(args[1]);
var rounds = args.Length == 4 ? int.Parse(args[3]) : 3;
var queries = File.ReadAllLines(args[2]).Where(l => l.Length > 0)
    .Select(text => (text, node: QueryParser.Parse(text) is { Query: { } q } ? q : throw new ArgumentException($"bad query: {text}")))
    .ToList();
await using var store = await ArchiveStores.OpenAsync(location);
var counts = await store.CountAsync();
Console.WriteLine($"{store.Description}: {counts.Cables:N0} cables; {queries.Count} queries x {rounds} rounds; " +
    $"{Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

// What `chancery serve` prepares when it starts (SQLite's facet index), then warm-up queries that share no words
// with the measured ones: they compile the code paths (words, phrases, prefixes, words with filters) the way a
// server that has answered a few searches has them, without answering any measured query from the cache.
await store.WarmUpAsync();
foreach (var warmUp in new[] { "*", "tag:PREL", "zzzzwarmup", "class:SECRET", "government", "\"national security\"", "govern*",
             "tag:PGOV president", "(president OR cooperation) NOT zzzzwarmup" })
    await store.SearchAsync(new SearchRequest(QueryParser.Parse(warmUp).Query), Principal.Unrestricted);

var first = await MeasureAsync(1);
var repeated = await MeasureAsync(rounds);
Report("first time", first.Select(s => s.ms));
Report("  its CPU", first.Select(s => s.cpu));
Report($"repeated x{rounds}", repeated.Select(s => s.ms));
var slowest = int.TryParse(Environment.GetEnvironmentVariable("SLOWEST"), out var n) ? n : 8;
foreach (var s in first.OrderByDescending(s => s.ms).Take(slowest))
    Console.WriteLine($"  {s.ms,8:F1} ms  CPU {s.cpu,6:F1} ms  {s.total,7:N0} hits  {s.text}");
return 0;

// Wall time and the process's CPU time (all threads) per search: on a loaded machine the CPU time says more.
async Task<List<(double ms, double cpu, string text, long total)>> MeasureAsync(int passes)
{
    var samples = new List<(double ms, double cpu, string text, long total)>();
    using var process = Process.GetCurrentProcess();
    for (var round = 0; round < passes; round++)
        foreach (var (text, node) in queries)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var result = await store.SearchAsync(new SearchRequest(node), Principal.Unrestricted);
            var wall = clock.Elapsed.TotalMilliseconds;
            process.Refresh();
            samples.Add((wall, (process.TotalProcessorTime - cpu).TotalMilliseconds, text, result.Total));
        }
    return samples;
}

static void Report(string what, IEnumerable<double> samples)
{
    var sorted = samples.Order().ToList();
    double P(double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    Console.WriteLine($"{what,-12} p50 {P(0.50):F1} ms  p90 {P(0.90):F1} ms  p99 {P(0.99):F1} ms  max {sorted[^1]:F1} ms");
}
