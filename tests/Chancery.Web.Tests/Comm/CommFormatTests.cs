using Chancery.Web.Comm;

namespace Chancery.Web.Tests.Comm;

public sealed class CommFormatTests
{
    [Theory]
    [InlineData(0, "0 s")]
    [InlineData(59, "59 s")]
    [InlineData(60, "1 min")]
    [InlineData(3599, "59 min")]
    [InlineData(7500, "2 h 05 min")]
    [InlineData(3 * 86400 + 4 * 3600 + 59, "3 d 4 h")]
    [InlineData(-5, "0 s")]
    public void Ages_are_short_and_never_negative(int seconds, string expected) =>
        Assert.Equal(expected, CommFormat.Age(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Times_today_show_the_clock_and_other_days_the_date()
    {
        var now = new DateTimeOffset(2026, 11, 29, 2, 30, 0, TimeSpan.Zero);
        Assert.Equal("01:05:09Z", CommFormat.Time(new DateTimeOffset(2026, 11, 29, 1, 5, 9, TimeSpan.Zero), now));
        Assert.Equal("2026-11-28 23:59Z", CommFormat.Time(new DateTimeOffset(2026, 11, 29, 1, 59, 0, TimeSpan.FromHours(2)), now));
    }

    [Fact]
    public void Serials_and_message_ids_are_written_as_on_the_wire()
    {
        Assert.Equal("0042", CommFormat.Serial(42));
        Assert.Equal("–", CommFormat.Serial(0));
        Assert.Equal("RUEHAST #0038", CommFormat.MessageId("RUEHAST", 38, 1));
        Assert.Equal("RUEHAST #0038/02", CommFormat.MessageId("RUEHAST", 38, 2));
    }
}
