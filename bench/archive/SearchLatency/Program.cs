// Search latency over an existing archive, the way the web and CLI ask (page of 20, facets, snippets):
//   dotnet run -c Release --project bench/archive/SearchLatency -- sqlite FILE bench/archive/queries.txt [ROUNDS]
//   dotnet run -c Release --project bench/archive/SearchLatency -- postgres CONNSTR bench/archive/queries.txt [ROUNDS]
// One warm-up pass over every query, then ROUNDS (default 3) measured passes; prints p50, p90, p99 and max over all
// measured searches, and the slowest queries.
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

foreach (var (_, node) in queries)
    await store.SearchAsync(new SearchRequest(node), Principal.Unrestricted);

var samples = new List<(double ms, string text, long total)>();
for (var round = 0; round < rounds; round++)
    foreach (var (text, node) in queries)
    {
        var clock = Stopwatch.StartNew();
        var result = await store.SearchAsync(new SearchRequest(node), Principal.Unrestricted);
        samples.Add((clock.Elapsed.TotalMilliseconds, text, result.Total));
    }

var sorted = samples.Select(s => s.ms).Order().ToList();
double P(double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
Console.WriteLine($"p50 {P(0.50):F1} ms  p90 {P(0.90):F1} ms  p99 {P(0.99):F1} ms  max {sorted[^1]:F1} ms");
foreach (var s in samples.OrderByDescending(s => s.ms).DistinctBy(s => s.text).Take(8))
    Console.WriteLine($"  {s.ms,8:F1} ms  {s.total,7:N0} hits  {s.text}");
return 0;
