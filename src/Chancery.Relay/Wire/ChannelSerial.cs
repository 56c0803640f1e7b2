namespace Chancery.Relay.Wire;

/// <summary>Channel serial arithmetic: four digits cycling 0001 to 9999 (ACP 127 §112; 0000 means none yet).</summary>
internal static class ChannelSerial
{
    /// <summary>The highest serial before the cycle restarts at 1.</summary>
    public const int Max = 9999;

    /// <summary>The serial after <paramref name="serial"/>.</summary>
    public static int Next(int serial) => serial >= Max ? 1 : serial + 1;

    /// <summary>How far <paramref name="serial"/> is ahead of <paramref name="reference"/> on the cycle (0 to 9998).</summary>
    public static int Distance(int reference, int serial) => ((serial - reference) % Max + Max) % Max;

    /// <summary>True when <paramref name="serial"/> was already received given the expected next one (it lies in the half cycle behind).</summary>
    public static bool IsBehind(int expected, int serial) => Distance(serial, expected) is > 0 and <= Max / 2;
}
