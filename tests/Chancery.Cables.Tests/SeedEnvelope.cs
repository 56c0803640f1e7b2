namespace Chancery.Cables.Tests;

/// <summary>The seed cable's transmission envelope (06ASTANA38), retyped once for the tests that need it.</summary>
internal static class SeedEnvelope
{
    public static Transmission Transmission { get; } = new()
    {
        TransmissionId = "XRO1728",
        Channel = "XRO",
        ChannelSerial = 1728,
        RoutingPrecedence = Precedence.Priority,
        RoutingIndicators = ["RUEHDBU", "RUEHLN", "RUEHVK", "RUEHYG"],
        OriginatingStation = "RUEHAST",
        StationSerial = 38,
        Section = 1,
        FilingTime = new FilingTime(114, 3, 36),
        SecurityWarning = Classification.Unclassified,
        SecurityWarningText = "ZNR UUUUU",
        OperatingSignals = ["ZZH"],
    };
}
