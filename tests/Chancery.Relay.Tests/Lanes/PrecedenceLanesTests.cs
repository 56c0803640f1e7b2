using Chancery.Cables;
using Chancery.Relay.Lanes;

namespace Chancery.Relay.Tests.Lanes;

public class PrecedenceLanesTests
{
    [Fact]
    public void Higher_precedence_goes_first_and_each_lane_keeps_order_of_receipt()
    {
        var lanes = new PrecedenceLanes<string>();
        lanes.Enqueue(Precedence.Routine, "r1");
        lanes.Enqueue(Precedence.Priority, "p1");
        lanes.Enqueue(Precedence.Routine, "r2");
        lanes.Enqueue(Precedence.Immediate, "o1");
        lanes.Enqueue(Precedence.Flash, "z1");
        lanes.Enqueue(Precedence.Priority, "p2");

        var order = new List<string>();
        while (lanes.TryDequeue(out var item, out _)) order.Add(item);

        Assert.Equal(["z1", "o1", "p1", "p2", "r1", "r2"], order);
        Assert.Equal(0, lanes.Count);
    }

    [Fact]
    public void A_flash_queued_behind_100000_routine_goes_next()
    {
        var lanes = new PrecedenceLanes<int>();
        for (var i = 0; i < 100_000; i++) lanes.Enqueue(Precedence.Routine, i);
        lanes.TryDequeue(out var first, out _);

        lanes.Enqueue(Precedence.Flash, -1);

        Assert.True(lanes.TryDequeue(out var next, out var precedence));
        Assert.Equal(-1, next);
        Assert.Equal(Precedence.Flash, precedence);
        Assert.True(lanes.TryDequeue(out var after, out _));
        Assert.Equal(first + 1, after);
        Assert.Equal(99_998, lanes.CountOf(Precedence.Routine));
    }

    [Fact]
    public void Taken_back_items_return_to_the_front_of_their_lane()
    {
        var lanes = new PrecedenceLanes<string>();
        lanes.Enqueue(Precedence.Routine, "r3");
        lanes.EnqueueFront(Precedence.Routine, "r2");
        lanes.EnqueueFront(Precedence.Routine, "r1");

        Assert.True(lanes.TryDequeue(out var item, out _));
        Assert.Equal("r1", item);
        Assert.Equal(["r2"], lanes.Heads());
    }

    [Fact]
    public void RemoveWhere_keeps_the_rest_in_order()
    {
        var lanes = new PrecedenceLanes<int>();
        for (var i = 0; i < 6; i++) lanes.Enqueue(i % 2 == 0 ? Precedence.Routine : Precedence.Flash, i);

        var taken = lanes.RemoveWhere(i => i % 3 == 0);

        Assert.Equal([0, 3], taken.Select(t => t.Item).Order());
        var rest = new List<int>();
        while (lanes.TryDequeue(out var i, out _)) rest.Add(i);
        Assert.Equal([1, 5, 2, 4], rest);
    }
}
