using System.Globalization;
using Chancery.Archive;
using Chancery.Cables;

namespace Chancery.Cli.Archive;

/// <summary>
/// One CSV row per cable for spreadsheets (RFC 4180: a header row, fields quoted when needed, quotes doubled):
/// the metadata, not the text (use <c>--jsonl</c> for everything).
/// </summary>
internal static class ExportCsv
{
    public const string Header = "referenceId,created,origin,classification,captions,tags,subject,references,versions";

    public static string Row(ArchivedCable archived)
    {
        var cable = archived.Cable;
        string[] fields =
        [
            archived.ReferenceId,
            cable.Created is { } created ? JsonLines.Iso(created) : "",
            cable.Origin ?? "",
            cable.Classification is { } c ? Names.Of(c) : "",
            string.Join('|', cable.Captions),
            string.Join('|', cable.Tags),
            cable.Subject ?? "",
            string.Join('|', cable.References.Select(r => r.ReferenceId).OfType<string>().Distinct()),
            archived.VersionCount.ToString(CultureInfo.InvariantCulture),
        ];
        return string.Join(',', fields.Select(Quote));
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
