using Chancery.Relay.Station;

namespace Chancery.Relay.Tests.Station;

public sealed class InFlightLimitTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_window_grows_while_receipts_come_back_as_fast_as_the_disk_allows_and_copies_wait_for_room()
    {
        var limit = new InFlightLimit();
        Assert.Equal(InFlightLimit.Min, limit.Current);

        for (var k = 0; k < 100; k++) limit.OnReceipt(16, TimeSpan.FromMilliseconds(k % 2 == 0 ? 4 : 9), waiting: true, Start.AddMilliseconds(k * 5));

        Assert.Equal(InFlightLimit.Max, limit.Current);
        Assert.Equal(TimeSpan.FromMilliseconds(4), limit.Quickest);
    }

    [Fact]
    public void The_window_does_not_grow_when_nothing_waits_for_room()
    {
        var limit = new InFlightLimit();

        for (var k = 0; k < 100; k++) limit.OnReceipt(1, TimeSpan.FromMilliseconds(2), waiting: false, Start.AddMilliseconds(k * 5));

        Assert.Equal(InFlightLimit.Min, limit.Current);
    }

    [Fact]
    public void Receipts_that_come_later_than_the_quickest_by_more_than_the_target_shrink_it_back_to_the_minimum()
    {
        var limit = new InFlightLimit();
        for (var k = 0; k < 100; k++) limit.OnReceipt(16, TimeSpan.FromMilliseconds(4), waiting: true, Start.AddMilliseconds(k * 5));
        Assert.Equal(InFlightLimit.Max, limit.Current);

        // One slow fsync does not shrink it.
        limit.OnReceipt(16, TimeSpan.FromMilliseconds(30), waiting: true, Start.AddSeconds(1));
        Assert.Equal(InFlightLimit.Max, limit.Current);

        // The receiver falls behind: its receipts now take the disk's time plus a queue.
        var late = TimeSpan.FromMilliseconds(4) + 2 * InFlightLimit.QueueingTarget;
        for (var k = 0; k < 40; k++) limit.OnReceipt(16, late, waiting: true, Start.AddSeconds(1).AddMilliseconds(k));

        Assert.Equal(InFlightLimit.Min, limit.Current);
    }

    [Fact]
    public void The_quickest_round_trip_follows_a_disk_that_got_slower()
    {
        var limit = new InFlightLimit();
        limit.OnReceipt(16, TimeSpan.FromMilliseconds(1), waiting: true, Start);

        // Two periods later only the slower round trips count: they no longer shrink the window.
        for (var k = 0; k < 100; k++) limit.OnReceipt(16, TimeSpan.FromMilliseconds(30), waiting: true, Start.AddSeconds(2 + k * 0.05));

        Assert.Equal(TimeSpan.FromMilliseconds(30), limit.Quickest);
        Assert.Equal(InFlightLimit.Max, limit.Current);
    }

    [Fact]
    public void A_new_connection_starts_from_the_smallest_window()
    {
        var limit = new InFlightLimit();
        for (var k = 0; k < 100; k++) limit.OnReceipt(16, TimeSpan.FromMilliseconds(4), waiting: true, Start.AddMilliseconds(k * 5));

        limit.Reset();

        Assert.Equal(InFlightLimit.Min, limit.Current);
    }
}
