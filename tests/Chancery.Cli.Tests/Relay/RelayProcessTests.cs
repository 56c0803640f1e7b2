using System.Text;

namespace Chancery.Cli.Tests.Relay;

/// <summary>Whole stations as child processes: the contract's commands, clean shutdown, and kill -9 mid-run.</summary>
public class RelayProcessTests
{
    [Fact]
    public async Task Send_status_and_delivered_work_over_the_control_endpoint_and_sigterm_stops_cleanly()
    {
        using var dir = new TempDir();
        var line = RelayConfigs.Write(dir);
        using var washington = new RelayProcess(line.Washington, line.WashingtonControl);
        using var astana = new RelayProcess(line.Astana, line.AstanaControl);
        using var almaty = new RelayProcess(line.Almaty, line.AlmatyControl);
        await Task.WhenAll(washington.WaitReadyAsync(), astana.WaitReadyAsync(), almaty.WaitReadyAsync());
        var file = dir.Write("cable.txt", RelayConfigs.Cable(7, Chancery.Cables.Precedence.Immediate));

        var sent = CliRunner.Run("relay", "send", "--control", $"127.0.0.1:{line.AstanaControl}", file);
        Assert.Equal(0, sent.Exit);
        Assert.Equal("26ASTANA7 RUEHAST #0007/01", Assert.Single(sent.OutLines));

        var again = CliRunner.Run("relay", "send", "--control", $"127.0.0.1:{line.AstanaControl}", file);
        Assert.NotEqual(0, again.Exit);
        Assert.Contains("already released", Assert.Single(again.ErrorLines), StringComparison.Ordinal);

        await WaitAsync(async () => (await almaty.DeliveredAsync()).Count == 1 && (await washington.DeliveredAsync()).Count == 1, almaty);
        var delivered = CliRunner.Run("relay", "delivered", "--control", $"127.0.0.1:{line.AlmatyControl}", "--json");
        Assert.Equal(0, delivered.Exit);
        var record = System.Text.Json.JsonDocument.Parse(Assert.Single(delivered.OutLines)).RootElement;
        Assert.Equal("26ASTANA7", record.GetProperty("referenceId").GetString());
        Assert.Equal(7, record.GetProperty("stationSerial").GetInt32());
        Assert.Equal(1, record.GetProperty("section").GetInt32());
        Assert.Equal(["RUEHTA"], record.GetProperty("routingIndicators").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("IMMEDIATE", record.GetProperty("precedence").GetString());
        Assert.True(DateTimeOffset.TryParse(record.GetProperty("receivedAt").GetString(), out _));

        var status = CliRunner.Run("relay", "status", "--control", $"127.0.0.1:{line.WashingtonControl}", "--json");
        Assert.Equal(0, status.Exit);
        var s = System.Text.Json.JsonDocument.Parse(status.Out).RootElement;
        Assert.Equal("RUEHC", s.GetProperty("routingIndicator").GetString());
        Assert.Equal(1, s.GetProperty("delivered").GetInt64());
        Assert.Equal(1, s.GetProperty("journaled").GetInt64());
        foreach (var lane in new[] { "FLASH", "IMMEDIATE", "PRIORITY", "ROUTINE" }) Assert.Equal(0, s.GetProperty("lanes").GetProperty(lane).GetInt32());
        var almatyLink = s.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("name").GetString() == "almaty");
        Assert.True(almatyLink.GetProperty("up").GetBoolean());
        Assert.Equal(1, almatyLink.GetProperty("sent").GetInt64());
        Assert.Equal(1, almatyLink.GetProperty("lastSerialSent").GetInt32());
        var astanaLink = s.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("name").GetString() == "astana");
        Assert.Equal(1, astanaLink.GetProperty("received").GetInt64());
        Assert.Equal(1, astanaLink.GetProperty("lastSerialReceived").GetInt32());

        Assert.True(washington.Terminate(TimeSpan.FromSeconds(20)), "the station did not stop on SIGTERM");
        Assert.Equal(0, washington.ExitCode);
    }

    [Fact]
    public Task Kill_9_of_the_relay_mid_run_loses_nothing_and_delivers_nothing_twice() => KillRelayMidRunAsync(1500, 100);

    /// <summary>The issue's fault test at full size; long and sensitive to a loaded machine, so it runs in the timing phase.</summary>
    [Fact]
    [Trait("Category", "Timing")]
    public Task Kill_9_of_the_relay_in_the_middle_of_a_ten_thousand_transmission_run_delivers_every_accepted_one_exactly_once() =>
        KillRelayMidRunAsync(10_000, 500);

    /// <summary>
    /// Astana releases <paramref name="count"/> cables for Almaty (and Washington) while the relay, Washington, is
    /// killed with SIGKILL once a quarter has reached Almaty, and started again on the same data directory.
    /// </summary>
    private static async Task KillRelayMidRunAsync(int count, int batchSize)
    {
        using var dir = new TempDir();
        var line = RelayConfigs.Write(dir);
        var washington = new RelayProcess(line.Washington, line.WashingtonControl);
        using var astana = new RelayProcess(line.Astana, line.AstanaControl);
        using var almaty = new RelayProcess(line.Almaty, line.AlmatyControl);
        try
        {
            await Task.WhenAll(washington.WaitReadyAsync(), astana.WaitReadyAsync(), almaty.WaitReadyAsync());
            var accepted = new List<string>();
            var sending = Task.Run(async () =>
            {
                for (var batch = 0; batch < count / batchSize; batch++)
                {
                    var text = new StringBuilder();
                    for (var i = 1; i <= batchSize; i++) text.Append(RelayConfigs.Cable(batch * batchSize + i));
                    var reply = await astana.SendAsync(text.ToString());
                    foreach (var r in reply.GetProperty("results").EnumerateArray())
                    {
                        Assert.Equal(System.Text.Json.JsonValueKind.Null, r.GetProperty("error").ValueKind);
                        lock (accepted) accepted.AddRange(r.GetProperty("transmissions").EnumerateArray().Select(t => t.GetString()!));
                    }
                }
            }, TestContext.Current.CancellationToken);

            await WaitAsync(async () => (await almaty.StatusAsync()).GetProperty("delivered").GetInt64() >= count / 4, almaty, TimeSpan.FromSeconds(300));
            washington.KillHard();
            await Task.Delay(500, TestContext.Current.CancellationToken);
            washington.Dispose();
            washington = new RelayProcess(line.Washington, line.WashingtonControl);
            await washington.WaitReadyAsync();
            await sending;
            Assert.Equal(count, accepted.Count);

            await WaitAsync(async () => (await almaty.StatusAsync()).GetProperty("delivered").GetInt64() >= count
                && (await washington.StatusAsync()).GetProperty("delivered").GetInt64() >= count, almaty, TimeSpan.FromSeconds(600));
            await Task.Delay(1500, TestContext.Current.CancellationToken);

            foreach (var station in new[] { almaty, washington })
            {
                var delivered = (await station.DeliveredAsync()).Select(d => $"RUEHAST #{d.GetProperty("stationSerial").GetInt32():D4}/{d.GetProperty("section").GetInt32():D2}").ToList();
                Assert.Equal(count, delivered.Count);
                Assert.Equal(accepted.Order(), delivered.Order());
            }
            var status = await washington.StatusAsync();
            Assert.All(status.GetProperty("lanes").EnumerateObject(), l => Assert.Equal(0, l.Value.GetInt32()));
        }
        finally
        {
            washington.Dispose();
        }
    }

    private static async Task WaitAsync(Func<Task<bool>> done, RelayProcess watched, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (!await done())
        {
            if (DateTime.UtcNow > until) Assert.Fail("timed out; log:\n" + watched.Log[^Math.Min(4000, watched.Log.Length)..]);
            await Task.Delay(100);
        }
    }
}
