using System.Globalization;
using System.Text;
using Chancery.Cables;

namespace Chancery.Archive.Synth;

/// <summary>
/// A synthetic cable as a row of the Aug-2011 Cablegate <c>cables.csv</c>: row number, created (<c>M/D/YYYY H:MM</c>),
/// reference id, origin name, classification (<c>CONFIDENTIAL//NOFORN</c>), cited ids joined by <c>|</c>, the header
/// from the preamble line on, and the text; every field quoted, a quote inside escaped as <c>\"</c>.
/// </summary>
internal static class CablegateCsvRow
{
    private static readonly CableWriter Writer = new();

    /// <summary>Appends the row for <paramref name="cable"/>, numbered <paramref name="row"/>, ending with a line feed.</summary>
    public static void Append(StringBuilder csv, int row, Cable cable)
    {
        // Cablegate's rows have no envelope: without one the writer neither adds VZCZC lines nor splits sections.
        var text = Writer.Write(cable with { Transmission = null });
        var lines = text.Split('\n');
        var firstBt = Array.IndexOf(lines, "BT");
        var lastBt = Array.LastIndexOf(lines, "BT");
        var header = string.Join('\n', lines[..firstBt]);
        var body = lastBt > firstBt ? string.Join('\n', lines[(firstBt + 1)..lastBt]) : "";
        var created = cable.Created!.Value;

        Field(csv, row.ToString(CultureInfo.InvariantCulture)).Append(',');
        Field(csv, $"{created.Month}/{created.Day}/{created.Year} {created.Hour}:{created.Minute:D2}").Append(',');
        Field(csv, cable.ReferenceId ?? "").Append(',');
        Field(csv, OriginName(cable.Origin ?? "")).Append(',');
        Field(csv, ClassificationText(cable)).Append(',');
        Field(csv, string.Join('|', cable.References.Select(r => r.ReferenceId).OfType<string>())).Append(',');
        Field(csv, header).Append(',');
        Field(csv, body).Append('\n');
    }

    private static StringBuilder Field(StringBuilder csv, string value) =>
        csv.Append('"').Append(value.Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');

    private static string OriginName(string station)
    {
        if (station == "STATE") return "Secretary of State";
        if (StationDirectory.Default.TryGetStation(station, out var info) && info.Name is { } name) return name;
        return "Embassy " + CultureInfo.InvariantCulture.TextInfo.ToTitleCase(station.ToLowerInvariant());
    }

    private static string ClassificationText(Cable cable)
    {
        var level = Names.Of(cable.Classification ?? Classification.Unclassified);
        if (cable.Captions.Contains("NOFORN")) return level + "//NOFORN";
        if (cable.Classification == Classification.Unclassified && cable.Captions.Contains("SENSITIVE")) return level + "//FOR OFFICIAL USE ONLY";
        return level;
    }
}
