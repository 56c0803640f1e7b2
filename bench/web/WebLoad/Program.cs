using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Chancery.Archive;
using Chancery.Archive.Ingest;
using Chancery.Archive.Storage;

// A whole-process load client for `chancery serve`:
//   WebLoad prepare DB DIR...            ingest the cables under DIR (*.txt) into the SQLite file DB
//   WebLoad run URL [CLIENTS] [SECONDS] [THINK_MS]
//                                        CLIENTS concurrent clients alternate search and cable pages for SECONDS;
//                                        prints latency percentiles per page kind and the error count. THINK_MS (default
//                                        0: saturation) makes each client pause a random 0..2x THINK_MS between
//                                        requests, as a person reading a page does. Each query is asked once before
//                                        the clock starts (steady state) unless CHANCERY_WEBLOAD_FIRST=1.
// Searches are the archive benchmark's mixed queries (bench/archive/queries.txt, or the file in CHANCERY_WEBLOAD_QUERIES), on
// result pages 1-3; cables are drawn from the newest and the oldest thousand.
// Environment CHANCERY_WEBLOAD_TOKEN, when set, is sent as a bearer token (an archive with users).
if (args.Length >= 3 && args[0] == "prepare") return await Prepare(args[1], args[2..]);
if (args.Length >= 2 && args[0] == "run")
    return await Run(args[1].TrimEnd('/'), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50,
        args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 20,
        args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 0);
Console.Error.WriteLine("usage: WebLoad prepare DB DIR... | WebLoad run URL [CLIENTS] [SECONDS]");
return 2;

static async Task<int> Prepare(string db, string[] folders)
{
    await using var store = await ArchiveStores.OpenAsync(new ArchiveLocation.Sqlite(db));
    if ((await store.CountAsync()).Cables > 0)
    {
        Console.WriteLine($"{db} already holds cables; nothing to do");
        return 0;
    }
    var files = folders.SelectMany(f => Directory.EnumerateFiles(f, "*.txt", SearchOption.AllDirectories)).Order(StringComparer.Ordinal).ToList();
    var summary = await new ArchiveIngestor(store).RunAsync(Records(files));
    Console.WriteLine($"ingested {summary.Added} cables ({summary.Updated} versions, {summary.Rejected} rejected) in {summary.Elapsed.TotalSeconds:0.0} s");
    return 0;

    static async IAsyncEnumerable<IngestRecord> Records(List<string> files)
    {
        foreach (var file in files) yield return new IngestRecord(await File.ReadAllTextAsync(file), file, Path.GetFileNameWithoutExtension(file));
    }
}

static async Task<int> Run(string url, int clients, int seconds, int thinkMs)
{
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };
    if (Environment.GetEnvironmentVariable("CHANCERY_WEBLOAD_TOKEN") is { Length: > 0 } token)
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
    // Cable ids and search words come from the archive itself.
    var ids = new List<string>();
    foreach (var sort in new[] { "-date", "date" })
        for (var page = 1; page <= 5; page++)
        {
            using var doc = JsonDocument.Parse(await http.GetStringAsync($"{url}/api/v1/search?q=&pageSize=100&page={page}&sort={sort}"));
            ids.AddRange(doc.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("referenceId").GetString()!));
        }
    // The archive benchmark's mixed queries (words, phrases, prefixes, filters, boolean), else a short built-in list.
    var queryFile = Environment.GetEnvironmentVariable("CHANCERY_WEBLOAD_QUERIES") is { Length: > 0 } q ? q : "bench/archive/queries.txt";
    string[] words = File.Exists(queryFile)
        ? [.. File.ReadAllLines(queryFile).Where(l => l.Length > 0)]
        : ["pipeline", "election", "minister", "oil", "security", "trade", "tag:PREL", "origin:MOSCOW", "class:SECRET",
            "\"prime minister\"", "energy tag:EPET", "nuclear", "visit", "human rights", "corruption", "bank*"];
    if (Environment.GetEnvironmentVariable("CHANCERY_WEBLOAD_FIRST") != "1")
    {
        // Steady state: every query has been asked once before the clock starts (the archive benchmark's
        // SearchLatency measures first-time searches). CHANCERY_WEBLOAD_FIRST=1 skips this, so first-time searches
        // fall inside the measured run.
        var warm = Stopwatch.StartNew();
        foreach (var word in words)
        {
            using var response = await http.GetAsync($"{url}/search?q={Uri.EscapeDataString(word)}");
            await response.Content.CopyToAsync(Stream.Null);
        }
        Console.WriteLine($"asked each of the {words.Length} queries once first ({warm.Elapsed.TotalSeconds:0.0} s)");
    }
    Console.WriteLine($"{clients} clients for {seconds} s against {url} ({ids.Count} cable ids, {words.Length} queries, " +
        (thinkMs == 0 ? "no pause between requests)" : $"pauses of 0-{2 * thinkMs} ms between requests)"));

    var latencies = new Dictionary<string, List<double>> { ["search"] = [], ["cable"] = [] };
    var slowest = new List<(double Ms, double At, string Target)>();
    var errors = 0L;
    var stop = Stopwatch.StartNew();
    var duration = TimeSpan.FromSeconds(seconds);
    var workers = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
    {
        var random = new Random(client);
        // Readers who pause do not all arrive in the same instant: each starts somewhere in one pause.
        if (thinkMs > 0) await Task.Delay(random.Next(2 * thinkMs + 1));
        var mine = new Dictionary<string, List<double>> { ["search"] = [], ["cable"] = [] };
        var mineSlowest = new List<(double Ms, double At, string Target)>();
        while (stop.Elapsed < duration)
        {
            var search = random.Next(2) == 0;
            var target = search
                ? $"{url}/search?q={Uri.EscapeDataString(words[random.Next(words.Length)])}{PageOf(random)}"
                : $"{url}/cables/{ids[random.Next(ids.Count)]}";
            var at = stop.Elapsed.TotalSeconds;
            var watch = Stopwatch.StartNew();
            try
            {
                using var response = await http.GetAsync(target);
                await response.Content.CopyToAsync(Stream.Null);
                if (response.StatusCode != HttpStatusCode.OK) Interlocked.Increment(ref errors);
            }
            catch (HttpRequestException) { Interlocked.Increment(ref errors); }
            catch (TaskCanceledException) { Interlocked.Increment(ref errors); }
            mine[search ? "search" : "cable"].Add(watch.Elapsed.TotalMilliseconds);
            mineSlowest.Add((watch.Elapsed.TotalMilliseconds, at, target[url.Length..]));
            if (mineSlowest.Count > 40) mineSlowest = [.. mineSlowest.OrderByDescending(s => s.Ms).Take(10)];
            if (thinkMs > 0) await Task.Delay(random.Next(2 * thinkMs + 1));
        }
        lock (latencies)
        {
            foreach (var (kind, list) in mine) latencies[kind].AddRange(list);
            slowest.AddRange(mineSlowest);
        }
    })).ToArray();
    await Task.WhenAll(workers);
    var elapsed = stop.Elapsed.TotalSeconds;
    foreach (var (kind, list) in latencies)
    {
        list.Sort();
        double P(double q) => list.Count == 0 ? 0 : list[Math.Min(list.Count - 1, (int)Math.Ceiling(q * list.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{kind,-6} {list.Count,7} requests {list.Count / elapsed,7:0.0}/s  p50 {P(0.50),7:0.0} ms  p90 {P(0.90),7:0.0} ms  p99 {P(0.99),7:0.0} ms  max {(list.Count == 0 ? 0 : list[^1]),7:0.0} ms"));
    }
    Console.WriteLine($"errors {errors}");
    // When in the run the slowest requests started, and what they asked: cold searches early on, or stalls spread out.
    Console.WriteLine("slowest requests:");
    foreach (var (ms, at, target) in slowest.OrderByDescending(s => s.Ms).Take(10))
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ms,7:0.0} ms  at {at,5:0.0} s  {target}"));
    return errors == 0 ? 0 : 1;
}

// Most readers stay on the first page of results; some go on to the second or third.
static string PageOf(Random random) => random.Next(10) switch
{
    < 7 => "",
    < 9 => "&page=2",
    _ => "&page=3",
};
