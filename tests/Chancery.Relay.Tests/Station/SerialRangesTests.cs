using Chancery.Relay.Station;
using FsCheck.Xunit;

namespace Chancery.Relay.Tests.Station;

public sealed class SerialRangesTests
{
    [Fact]
    public void Serials_in_order_make_one_range_whatever_their_number()
    {
        var ranges = new SerialRanges();
        for (var serial = 1; serial <= 1_000_000; serial++) ranges.Add(serial);

        Assert.Equal([(1, 1_000_000)], ranges.Ranges);
        Assert.True(ranges.Contains(500_000));
        Assert.False(ranges.Contains(1_000_001));
        Assert.False(ranges.Contains(0));
    }

    [Fact]
    public void A_serial_that_fills_a_hole_joins_the_ranges_either_side()
    {
        var ranges = new SerialRanges();
        ranges.Add(1, 3);
        ranges.Add(7, 9);
        ranges.Add(5);
        Assert.Equal([(1, 3), (5, 5), (7, 9)], ranges.Ranges);
        Assert.False(ranges.Contains(4));

        ranges.Add(4);
        ranges.Add(6);

        Assert.Equal([(1, 9)], ranges.Ranges);
    }

    [Property(MaxTest = 300)]
    public bool Contains_exactly_what_was_added_in_any_order(byte[] added)
    {
        var serials = added.Select(b => b + 1).ToList();
        var ranges = new SerialRanges();
        foreach (var s in serials) ranges.Add(s);
        var set = serials.ToHashSet();
        var disjoint = ranges.Ranges.Zip(ranges.Ranges.Skip(1)).All(p => p.First.High + 1 < p.Second.Low);
        return disjoint && Enumerable.Range(0, 260).All(s => ranges.Contains(s) == set.Contains(s));
    }
}
