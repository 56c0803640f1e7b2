using System.Net.Sockets;
using System.Text;
using Chancery.Cables;
using Chancery.Relay.Configuration;
using Chancery.Relay.Station;
using Chancery.Relay.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Chancery.Relay.Tests.Station;

/// <summary>Bad input from a neighbour never stops the station or affects other links; each is counted.</summary>
public sealed class BadNeighbourTests : IAsyncDisposable
{
    private readonly TestNetwork _net = new();

    public ValueTask DisposeAsync() => _net.DisposeAsync();

    private int DefineHub(LinkTimers? timers = null)
    {
        var hub = Ports.Free();
        _net.Define("RUEHC", ["RUEHC"], [new LinkConfig("astana", "RUEHAST", null, "WAA"), new LinkConfig("almaty", "RUEHTA", null, "WAT")],
            [new RouteConfig("RUEHAST", "astana", null), new RouteConfig("RUEHTA", "almaty", null)], hub,
            timers: timers ?? TestNetwork.FastTimers with { HandshakeSeconds = 1 });
        _net.Define("RUEHAST", ["RUEHAST"], [new LinkConfig("washington", "RUEHC", $"127.0.0.1:{hub}", "AST")], [new RouteConfig("", "washington", null)]);
        return hub;
    }

    private static async Task<TcpClient> ConnectAsync(int port)
    {
        var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        return client;
    }

    private static async Task IgnoringClosedAsync(Task write)
    {
        try { await write; } catch (IOException) { }
    }

    private static Task SendAsync(TcpClient client, string text) => client.GetStream().WriteAsync(Encoding.Latin1.GetBytes(text)).AsTask();

    private static string Greeting(string from, string channel, int last = 0) => $"VZCZC{channel}\nRR RUEHC\nDE {from}\nUNCLAS SVC ZID {channel}{last:D4}\nNNNN\n";

    [Fact]
    public async Task Garbage_huge_lines_silent_and_unknown_peers_are_refused_while_traffic_flows()
    {
        var hub = DefineHub();
        await _net.StartAllAsync();

        using var garbage = await ConnectAsync(hub);
        var random = new Random(5);
        var bytes = new byte[1 << 20];
        random.NextBytes(bytes);
        // The station may close these connections before all is written: that is the point.
        await IgnoringClosedAsync(garbage.GetStream().WriteAsync(bytes).AsTask());
        using var huge = await ConnectAsync(hub);
        await IgnoringClosedAsync(SendAsync(huge, "VZCZCXXX\n" + new string('A', 10 * 1024 * 1024)));
        using var silent = await ConnectAsync(hub);
        using var stranger = await ConnectAsync(hub);
        await SendAsync(stranger, Greeting("RUEHZZZ", "ZZZ"));

        var released = await _net.Stations["RUEHAST"].ReleaseAsync(string.Concat(Enumerable.Range(1, 20).Select(i => TestCables.Text(TestCables.Simple("ASTANA", i, Precedence.Routine, "RUEHC")))));
        Assert.All(released, r => Assert.Null(r.Error));
        await _net.WaitUntilAsync(() => _net.Stations["RUEHC"].GetDelivered().Count == 20, TimeSpan.FromSeconds(30), "traffic from Astana");
        await _net.WaitUntilAsync(() => _net.Stations["RUEHC"].GetStatus().Counters.GetValueOrDefault("refusedConnections") >= 4, TimeSpan.FromSeconds(30), "four refused connections");
        Assert.True(_net.Stations["RUEHC"].GetStatus().Links.Single(l => l.Name == "astana").Up);
    }

    [Fact]
    public async Task Garbled_and_unnumbered_traffic_on_a_live_link_is_reported_and_the_link_goes_on()
    {
        var hub = DefineHub();
        await _net.StartAsync("RUEHC");
        using var almaty = await ConnectAsync(hub);
        await SendAsync(almaty, Greeting("RUEHTA", "ALA"));
        var tail = Tail(1);
        var tail2 = Tail(2);

        // 0001 without NNNN (garbled), then 0001 again whole, then 0003 (0002 missing), then 0002, 0003, then one without a number.
        var garbledText = "VZCZCALA0001\nRR RUEHC\n" + tail.Replace("NNNN\n", "", StringComparison.Ordinal);
        await SendAsync(almaty, garbledText + "VZCZCALA0001\nRR RUEHC\n" + tail);
        await SendAsync(almaty, "VZCZCALA0003\nRR RUEHC\n" + tail2);
        await SendAsync(almaty, "VZCZCALA0002\nRR RUEHC\n" + tail2 + "VZCZCALA0003\nRR RUEHC\n" + tail2);
        await SendAsync(almaty, "VZCZCALA\nRR RUEHC\n" + tail2);

        await _net.WaitUntilAsync(() => _net.Stations["RUEHC"].GetDelivered().Count == 2, TimeSpan.FromSeconds(30), "two deliveries");
        await _net.WaitUntilAsync(() => _net.Stations["RUEHC"].GetStatus().Links.Single(l => l.Name == "almaty").ServiceSent.GetValueOrDefault("ZFT") == 1, TimeSpan.FromSeconds(10), "ZFT");
        var status = _net.Stations["RUEHC"].GetStatus();
        var link = status.Links.Single(l => l.Name == "almaty");
        Assert.Equal(1, link.ServiceSent["ZES2"]);
        Assert.Equal(1, link.ServiceSent["ZFX"]);
        Assert.True(link.ServiceSent["ZFD"] >= 1);
        Assert.Equal(3, link.LastSerialReceived);
        Assert.Equal(1, status.Counters["garbled"]);
        Assert.Equal(1, status.Counters["gaps"]);
        Assert.Equal(2, _net.Archives["RUEHC"].Saved.Count);

        // What the station told the neighbour, as it reads on the wire.
        var heard = await ReadAvailableAsync(almaty);
        Assert.Contains("UNCLAS SVC ZES2 WAT0001", heard, StringComparison.Ordinal);
        Assert.Contains("UNCLAS SVC ZFX WAT0002", heard, StringComparison.Ordinal);
        Assert.Contains("UNCLAS SVC ZID WAT0003", heard, StringComparison.Ordinal);
    }

    /// <summary>A transmission from Almaty from its DE line on.</summary>
    private static string Tail(int serial)
    {
        var cable = TestCables.Simple("ALMATY", serial, Precedence.Routine, "RUEHC") with { Transmission = new Transmission { OriginatingStation = "RUEHTA", StationSerial = serial } };
        var text = TestCables.Text(cable);
        return text[text.IndexOf("DE ", StringComparison.Ordinal)..];
    }

    private static async Task<string> ReadAvailableAsync(TcpClient client)
    {
        var text = new StringBuilder();
        var buffer = new byte[1 << 16];
        var stream = client.GetStream();
        using var quiet = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            while (true)
            {
                var n = await stream.ReadAsync(buffer, quiet.Token);
                if (n == 0) break;
                text.Append(Encoding.Latin1.GetString(buffer, 0, n));
            }
        }
        catch (OperationCanceledException) { }
        return text.ToString();
    }

    [Fact]
    public async Task A_neighbour_that_never_acknowledges_gets_retransmissions_with_backoff_on_the_stations_clock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
        var hub = Ports.Free();
        var config = _net.Define("RUEHC", ["RUEHC"], [new LinkConfig("almaty", "RUEHTA", null, "WAT")], [new RouteConfig("RUEHTA", "almaty", null)], hub,
            timers: new LinkTimers(RetransmitSeconds: 1, MaxRetransmitSeconds: 4, FailoverSeconds: 3600, IdleCheckSeconds: 36000, HandshakeSeconds: 5));
        await using var station = new RelayStation(config, new FakeArchive(), time, durable: false);
        await station.StartAsync();
        using var almaty = await ConnectAsync(hub);
        await SendAsync(almaty, Greeting("RUEHTA", "ALA"));
        var reader = new Chancery.Relay.Wire.FrameReader(almaty.GetStream());
        Assert.Contains("ZID", (await reader.ReadAsync(CancellationToken.None))!.Text, StringComparison.Ordinal);
        var copies = 0;
        var counting = Task.Run(async () =>
        {
            while (await reader.ReadAsync(CancellationToken.None) is { } f)
                if (f.FirstLine == "VZCZCWAT0001") Interlocked.Increment(ref copies);
        });

        await station.ReleaseAsync(TestCables.Text(TestCables.Simple("WASHDC", 1, Precedence.Routine, "RUEHTA")));
        await WaitForAsync(() => copies == 1, "the first copy");
        await Task.Delay(1000);
        Assert.Equal(1, copies); // the clock has not moved: nothing is sent again

        // Waits of 1, 2, 4, 4 seconds of station time between copies (doubling up to the maximum).
        var arrivals = new List<double> { 0 };
        var elapsed = 0.0;
        while (arrivals.Count < 5 && elapsed < 30)
        {
            time.Advance(TimeSpan.FromSeconds(0.05));
            elapsed += 0.05;
            await Task.Delay(10);
            if (copies > arrivals.Count) arrivals.Add(elapsed);
        }
        Assert.Equal(5, arrivals.Count);
        double[] expected = [1, 2, 4, 4];
        for (var k = 0; k < expected.Length; k++)
        {
            var gap = arrivals[k + 1] - arrivals[k];
            Assert.InRange(gap, expected[k] - 0.3, expected[k] + 0.6);
        }
        Assert.True(station.GetStatus().Links[0].Retransmitted >= 4);
        Assert.Equal(1, station.GetStatus().Links[0].Sent);
        _ = counting;
    }

    private static async Task WaitForAsync(Func<bool> done, string what)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < until, "timed out waiting for " + what);
            await Task.Delay(10);
        }
    }
}
