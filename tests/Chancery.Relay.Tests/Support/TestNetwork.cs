using Chancery.Relay.Configuration;
using Chancery.Relay.Station;

namespace Chancery.Relay.Tests.Support;

/// <summary>Stations in one process on loopback, each with a fake archive and its own data folder.</summary>
internal sealed class TestNetwork : IAsyncDisposable
{
    public static readonly LinkTimers FastTimers = new(RetransmitSeconds: 0.3, MaxRetransmitSeconds: 2, FailoverSeconds: 1, IdleCheckSeconds: 3600);

    private readonly string _root = Directory.CreateTempSubdirectory("chancery-relay-net-").FullName;
    private readonly List<FaultProxy> _proxies = [];

    public Dictionary<string, RelayStation> Stations { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, FakeArchive> Archives { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, StationConfig> Configs { get; } = new(StringComparer.Ordinal);

    public List<string> Log { get; } = [];

    /// <summary>Journal sizes past which a station compacts (stations not listed keep the default).</summary>
    public Dictionary<string, long> CompactAfterBytes { get; } = new(StringComparer.Ordinal);

    public string DataDirectory(string ri) => Path.Combine(_root, ri);

    public StationConfig Define(string ri, IReadOnlyList<string> serves, IReadOnlyList<LinkConfig> links, IReadOnlyList<RouteConfig> routes,
        int? listenPort = null, IReadOnlyDictionary<string, IReadOnlyList<string>>? collectives = null, LinkTimers? timers = null)
    {
        var config = new StationConfig
        {
            RoutingIndicator = ri,
            Address = "STATION " + ri,
            Listen = listenPort is { } p ? $"127.0.0.1:{p}" : null,
            DataDirectory = DataDirectory(ri),
            Serves = serves,
            Links = links,
            Routes = routes,
            Collectives = collectives ?? new Dictionary<string, IReadOnlyList<string>>(),
            Timers = timers ?? FastTimers,
        };
        Configs[ri] = config;
        return config;
    }

    public FaultProxy Proxy(int targetPort, Faults faults, int seed)
    {
        var proxy = new FaultProxy(targetPort, faults, seed);
        _proxies.Add(proxy);
        return proxy;
    }

    public async Task<RelayStation> StartAsync(string ri, FakeArchive? archive = null)
    {
        archive ??= Archives.GetValueOrDefault(ri) ?? new FakeArchive();
        Archives[ri] = archive;
        var station = new RelayStation(Configs[ri], archive, TimeProvider.System, m => { lock (Log) Log.Add($"{ri}: {m}"); }, durable: false)
        {
            JournalCompactBytes = CompactAfterBytes.GetValueOrDefault(ri, 64L << 20),
        };
        await station.StartAsync();
        Stations[ri] = station;
        return station;
    }

    public async Task StopAsync(string ri)
    {
        if (Stations.Remove(ri, out var station)) await station.DisposeAsync();
    }

    public async Task StartAllAsync()
    {
        foreach (var ri in Configs.Keys) await StartAsync(ri);
    }

    /// <summary>Waits (real time) until <paramref name="done"/> holds; fails with the network's log otherwise.</summary>
    public async Task WaitUntilAsync(Func<bool> done, TimeSpan timeout, string what)
    {
        var until = DateTime.UtcNow + timeout;
        while (!done())
        {
            if (DateTime.UtcNow > until)
            {
                string log;
                lock (Log) log = string.Join('\n', Log.TakeLast(40));
                var status = string.Join('\n', Stations.Select(s => $"{s.Key}: {System.Text.Json.JsonSerializer.Serialize(s.Value.GetStatus())}"));
                Assert.Fail($"timed out waiting for {what}\n{status}\n{log}");
            }
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var p in _proxies) await p.DisposeAsync();
        foreach (var s in Stations.Values) await s.DisposeAsync();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}
