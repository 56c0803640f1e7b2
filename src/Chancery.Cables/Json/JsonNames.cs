using System.Text.Json;

namespace Chancery.Cables;

/// <summary>The contract's property names, encoded once (the writer is on the hot path of <c>parse --jsonl</c>).</summary>
internal static class JsonNames
{
    public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
    public static readonly JsonEncodedText Path = JsonEncodedText.Encode("path");
    public static readonly JsonEncodedText Index = JsonEncodedText.Encode("index");
    public static readonly JsonEncodedText ReferenceId = JsonEncodedText.Encode("referenceId");
    public static readonly JsonEncodedText Origin = JsonEncodedText.Encode("origin");
    public static readonly JsonEncodedText Serial = JsonEncodedText.Encode("serial");
    public static readonly JsonEncodedText Created = JsonEncodedText.Encode("created");
    public static readonly JsonEncodedText Precedence = JsonEncodedText.Encode("precedence");
    public static readonly JsonEncodedText InfoPrecedence = JsonEncodedText.Encode("infoPrecedence");
    public static readonly JsonEncodedText Classification = JsonEncodedText.Encode("classification");
    public static readonly JsonEncodedText Captions = JsonEncodedText.Encode("captions");
    public static readonly JsonEncodedText Sections = JsonEncodedText.Encode("sections");
    public static readonly JsonEncodedText Count = JsonEncodedText.Encode("count");
    public static readonly JsonEncodedText Present = JsonEncodedText.Encode("present");
    public static readonly JsonEncodedText Transmission = JsonEncodedText.Encode("transmission");
    public static readonly JsonEncodedText From = JsonEncodedText.Encode("from");
    public static readonly JsonEncodedText To = JsonEncodedText.Encode("to");
    public static readonly JsonEncodedText Info = JsonEncodedText.Encode("info");
    public static readonly JsonEncodedText Exempted = JsonEncodedText.Encode("exempted");
    public static readonly JsonEncodedText ForLines = JsonEncodedText.Encode("forLines");
    public static readonly JsonEncodedText ExecutiveOrder = JsonEncodedText.Encode("executiveOrder");
    public static readonly JsonEncodedText Order = JsonEncodedText.Encode("order");
    public static readonly JsonEncodedText Declassify = JsonEncodedText.Encode("declassify");
    public static readonly JsonEncodedText ClassifiedBy = JsonEncodedText.Encode("classifiedBy");
    public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    public static readonly JsonEncodedText Reasons = JsonEncodedText.Encode("reasons");
    public static readonly JsonEncodedText Tags = JsonEncodedText.Encode("tags");
    public static readonly JsonEncodedText Subject = JsonEncodedText.Encode("subject");
    public static readonly JsonEncodedText SubjectMarking = JsonEncodedText.Encode("subjectMarking");
    public static readonly JsonEncodedText References = JsonEncodedText.Encode("references");
    public static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
    public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    public static readonly JsonEncodedText Summary = JsonEncodedText.Encode("summary");
    public static readonly JsonEncodedText Paragraphs = JsonEncodedText.Encode("paragraphs");
    public static readonly JsonEncodedText Number = JsonEncodedText.Encode("number");
    public static readonly JsonEncodedText Marking = JsonEncodedText.Encode("marking");
    public static readonly JsonEncodedText Signature = JsonEncodedText.Encode("signature");
    public static readonly JsonEncodedText Body = JsonEncodedText.Encode("body");
    public static readonly JsonEncodedText Diagnostics = JsonEncodedText.Encode("diagnostics");
    public static readonly JsonEncodedText Severity = JsonEncodedText.Encode("severity");
    public static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
    public static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
    public static readonly JsonEncodedText Column = JsonEncodedText.Encode("column");
    public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
    public static readonly JsonEncodedText RoutingIndicator = JsonEncodedText.Encode("routingIndicator");
    public static readonly JsonEncodedText Address = JsonEncodedText.Encode("address");
    public static readonly JsonEncodedText Sequence = JsonEncodedText.Encode("sequence");
    public static readonly JsonEncodedText TransmissionId = JsonEncodedText.Encode("transmissionId");
    public static readonly JsonEncodedText Channel = JsonEncodedText.Encode("channel");
    public static readonly JsonEncodedText ChannelSerial = JsonEncodedText.Encode("channelSerial");
    public static readonly JsonEncodedText RoutingPrecedence = JsonEncodedText.Encode("routingPrecedence");
    public static readonly JsonEncodedText RoutingIndicators = JsonEncodedText.Encode("routingIndicators");
    public static readonly JsonEncodedText OriginatingStation = JsonEncodedText.Encode("originatingStation");
    public static readonly JsonEncodedText StationSerial = JsonEncodedText.Encode("stationSerial");
    public static readonly JsonEncodedText Section = JsonEncodedText.Encode("section");
    public static readonly JsonEncodedText FilingTime = JsonEncodedText.Encode("filingTime");
    public static readonly JsonEncodedText JulianDay = JsonEncodedText.Encode("julianDay");
    public static readonly JsonEncodedText Hour = JsonEncodedText.Encode("hour");
    public static readonly JsonEncodedText Minute = JsonEncodedText.Encode("minute");
    public static readonly JsonEncodedText SecurityWarning = JsonEncodedText.Encode("securityWarning");
    public static readonly JsonEncodedText SecurityWarningText = JsonEncodedText.Encode("securityWarningText");
    public static readonly JsonEncodedText OperatingSignals = JsonEncodedText.Encode("operatingSignals");

    /// <summary>The ISO 8601 UTC shape of <c>created</c>: <c>2006-04-24T03:36:00Z</c>.</summary>
    public const string CreatedFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";
}
