namespace Chancery.Cables.Reading;

/// <summary>The stable diagnostic codes of the heading reader (see the table on <see cref="EnvelopeParser"/>).</summary>
internal static class EnvelopeCodes
{
    public const string UnknownLine = "CHN0101";
    public const string DeUnreadableGroup = "CHN0102";
    public const string DeStationNotRoutingIndicator = "CHN0103";
    public const string DtgIncomplete = "CHN0104";
    public const string DtgOutOfRange = "CHN0105";
    public const string SecondPreamble = "CHN0106";
    public const string PageHeaderInAddress = "CHN0107";
    public const string AddresseeWithoutKeyword = "CHN0108";
    public const string NoText = "CHN0109";
    public const string OutOfOrder = "CHN0110";
    public const string YankeePrecedence = "CHN0111";
    public const string UnknownSecurityLevel = "CHN0112";
    public const string RepeatedLine = "CHN0113";
    public const string EmptyAddress = "CHN0114";
    public const string LinesBeforeHeading = "CHN0116";
    public const string InternalError = "CHN0199";
}
