namespace Chancery.Cables.Rules;

/// <summary>CHR0008: the station serial of the DE line (<c>#0038</c>, four digits) must be the message number modulo 10000.</summary>
internal sealed class StationSerialMismatchRule : ICableRule
{
    public static readonly RuleDescriptor Rule = new("CHR0008", Severity.Warning, "DE station serial differs from the message number");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (context.Cable.Serial is not { } serial || context.Cable.Transmission?.StationSerial is not { } stationSerial) return;
        if (serial % 10000 == stationSerial) return;
        var line = context.Locate.LineStartingWith("DE");
        context.Report(Rule, context.Locate.FindOnLine(line, "#" + stationSerial.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)),
            $"The DE line's station serial #{stationSerial:0000} does not match the message number {serial}.");
    }
}
