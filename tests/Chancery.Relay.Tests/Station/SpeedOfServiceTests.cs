using Chancery.Cables;
using Chancery.Relay.Configuration;
using Chancery.Relay.Control;
using Chancery.Relay.Station;
using Chancery.Relay.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Chancery.Relay.Tests.Station;

/// <summary>Speed of service per precedence: handled within or over the objective, and what waits past it, on a fake clock.</summary>
public sealed class SpeedOfServiceTests : IAsyncDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chancery-relay-sos-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
    private readonly FakeArchive _archive = new();
    private RelayStation? _station;

    public async ValueTask DisposeAsync()
    {
        if (_station is not null) await _station.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    private static string Cable(int serial, Precedence precedence, string to) => TestCables.Text(TestCables.Simple("WASHDC", serial, precedence, to));

    private static async Task WaitUntilAsync(Func<bool> done, string what)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!done())
        {
            if (DateTime.UtcNow > until) Assert.Fail($"timed out waiting for {what}");
            await Task.Delay(20);
        }
    }

    private SpeedOfServiceStatus Of(string precedence) => _station!.GetStatus().SpeedOfService!.Single(p => p.Precedence == precedence);

    [Fact]
    public async Task Handled_copies_are_counted_within_or_over_their_objective_and_waiting_ones_past_it_are_listed_oldest_first()
    {
        // Almaty's link dials a port where nobody listens: what goes there waits.
        var config = new StationConfig
        {
            RoutingIndicator = "RUEHC", Address = "SECSTATE WASHDC", DataDirectory = _dir, Serves = ["RUEHC"],
            Links = [new LinkConfig("almaty", "RUEHTA", $"127.0.0.1:{Ports.Free()}", "WAT")],
            Routes = [new RouteConfig("RUEHTA", "almaty", null)],
        };
        _station = new RelayStation(config, _archive, _time, durable: false);
        await _station.StartAsync();

        await _station.ReleaseAsync(Cable(1, Precedence.Flash, "RUEHTA") + Cable(2, Precedence.Routine, "RUEHTA") + Cable(3, Precedence.Flash, "RUEHC"));
        await WaitUntilAsync(() => _station.GetDelivered().Count == 1, "the local FLASH delivered at once");
        _archive.FailNext = 1;
        await _station.ReleaseAsync(Cable(4, Precedence.Immediate, "RUEHC"));
        await WaitUntilAsync(() => _station.GetStatus().Counters.GetValueOrDefault("archiveErrors") == 1, "the archive failing once");

        Assert.Empty(Of("FLASH").Missed);
        _time.Advance(TimeSpan.FromMinutes(31));
        await WaitUntilAsync(() => _station.GetDelivered().Count == 2, "the IMMEDIATE delivered on the retry, 31 minutes late");
        await _station.ReleaseAsync(Cable(5, Precedence.Flash, "RUEHTA"));
        _time.Advance(TimeSpan.FromMinutes(11));

        var flash = Of("FLASH");
        Assert.Equal((TimeSpan.FromMinutes(10), 1L, 0L, 2), (flash.Objective, flash.WithinObjective, flash.OverObjective, flash.WaitingOverObjective));
        Assert.Equal(["26WASHDC1", "26WASHDC5"], flash.Missed.Select(m => m.ReferenceId));
        Assert.Equal("almaty", flash.Missed[0].Link);
        Assert.Equal(TimeSpan.FromMinutes(42), flash.Missed[0].Waiting);
        var immediate = Of("IMMEDIATE");
        Assert.Equal((0L, 1L, 0), (immediate.WithinObjective, immediate.OverObjective, immediate.WaitingOverObjective));
        var routine = Of("ROUTINE");
        Assert.Equal((TimeSpan.FromHours(6), 0), (routine.Objective, routine.WaitingOverObjective));

        _time.Advance(TimeSpan.FromHours(6));
        Assert.Equal("26WASHDC2", Assert.Single(Of("ROUTINE").Missed).ReferenceId);
    }

    [Fact]
    public void The_status_json_carries_each_precedence_with_its_objective_and_misses()
    {
        var at = new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
        var status = new StationStatus("RUEHC", [], new Dictionary<string, int>(), 0, 0, [], null, new Dictionary<string, long>(),
            [new SpeedOfServiceStatus("FLASH", TimeSpan.FromMinutes(10), 3, 1, 1, [new MissedTransmission("RUEHAST #0038/01", "06ASTANA38", "almaty", at, TimeSpan.FromMinutes(12))])]);

        var json = System.Text.Json.JsonSerializer.SerializeToElement(StatusJson.Of(status), StatusJson.Options);

        var flash = json.GetProperty("speedOfService").GetProperty("FLASH");
        Assert.Equal(600, flash.GetProperty("objectiveSeconds").GetDouble());
        Assert.Equal(3, flash.GetProperty("withinObjective").GetInt64());
        Assert.Equal(1, flash.GetProperty("overObjective").GetInt64());
        var missed = Assert.Single(flash.GetProperty("missed").EnumerateArray());
        Assert.Equal("06ASTANA38", missed.GetProperty("referenceId").GetString());
        Assert.Equal("almaty", missed.GetProperty("link").GetString());
        Assert.Equal("2026-11-28T12:00:00.000Z", missed.GetProperty("acceptedAt").GetString());
        Assert.Equal(720, missed.GetProperty("waitingSeconds").GetDouble());
    }
}
