namespace Chancery.Relay.Station;

/// <summary>
/// How many ROUTINE and PRIORITY copies a link may have sent and not yet receipted (FLASH and IMMEDIATE get headroom
/// above it). A receipt comes back only once the neighbour has the copy on disk, so a fixed window caps a link at
/// window / fsync time; but every copy in flight that the neighbour has not yet read is one a FLASH sent now waits
/// behind. So the window grows from <see cref="Min"/> towards <see cref="Max"/> while receipts come back, on average,
/// within <see cref="QueueingTarget"/> of the quickest recent round trip (the neighbour is waiting for its disk, and
/// more in flight only fills its group commits), and shrinks back once they come later (the neighbour is behind, and
/// what more is in flight waits in its queue). The average (weight 1/8 for each new round trip, as TCP's) keeps
/// one slow fsync from shrinking it. Not thread-safe: the station's lock guards it.
/// </summary>
internal sealed class InFlightLimit
{
    /// <summary>The window a link starts with and never goes below.</summary>
    public const int Min = 64;

    /// <summary>The largest window.</summary>
    public const int Max = 256;

    /// <summary>How much later than the quickest recent round trip a receipt may come before the window shrinks.</summary>
    public static readonly TimeSpan QueueingTarget = TimeSpan.FromMilliseconds(10);

    // The quickest round trip is the least of this period's and the last one's, so that it follows a disk that got slower.
    private static readonly TimeSpan BasePeriod = TimeSpan.FromSeconds(2);
    private TimeSpan _quickest = TimeSpan.MaxValue;
    private TimeSpan _quickestBefore = TimeSpan.MaxValue;
    private DateTimeOffset _periodStart = DateTimeOffset.MinValue;
    private TimeSpan? _average;

    /// <summary>How many may be in flight now.</summary>
    public int Current { get; private set; } = Min;

    /// <summary>The quickest round trip seen lately (null before the first).</summary>
    public TimeSpan? Quickest
    {
        get
        {
            var least = _quickest < _quickestBefore ? _quickest : _quickestBefore;
            return least == TimeSpan.MaxValue ? null : least;
        }
    }

    /// <summary>
    /// A receipt for <paramref name="acknowledged"/> copies, the newest of them sent <paramref name="roundTrip"/> ago.
    /// <paramref name="waiting"/>: copies were waiting for room (only then does a larger window show it is useful).
    /// </summary>
    public void OnReceipt(int acknowledged, TimeSpan roundTrip, bool waiting, DateTimeOffset now)
    {
        if (now - _periodStart >= BasePeriod)
        {
            _quickestBefore = _quickest;
            _quickest = TimeSpan.MaxValue;
            _periodStart = now;
        }
        if (roundTrip < _quickest) _quickest = roundTrip;
        _average = _average is { } average ? average + (roundTrip - average) / 8 : roundTrip;
        if (_average > Quickest!.Value + QueueingTarget) Current = Math.Max(Min, Current - acknowledged);
        else if (waiting) Current = Math.Min(Max, Current + Math.Max(1, acknowledged / 2));
    }

    /// <summary>A new connection: start again from the smallest window.</summary>
    public void Reset()
    {
        Current = Min;
        _average = null;
    }
}
