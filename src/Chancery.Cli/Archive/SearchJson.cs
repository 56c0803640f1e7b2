using System.Text.Json;
using Chancery.Archive;
using Chancery.Cables;

namespace Chancery.Cli.Archive;

/// <summary>
/// The search answer as <c>contracts/archive.md</c> fixes it: total, results (with snippet), facets; plus page,
/// limit, tags, captions and highlight ranges.
/// </summary>
internal static class SearchJson
{
    public static void Write(Utf8JsonWriter writer, SearchResults results, SearchRequest request)
    {
        writer.WriteStartObject();
        writer.WriteNumber("total", results.Total);
        writer.WriteNumber("page", request.Page);
        writer.WriteNumber("limit", request.Limit);
        writer.WriteStartArray("results");
        foreach (var hit in results.Results) WriteHit(writer, hit);
        writer.WriteEndArray();
        writer.WriteStartObject("facets");
        JsonLines.WriteCounts(writer, "tags", results.Facets.Tags);
        JsonLines.WriteCounts(writer, "origins", results.Facets.Origins);
        JsonLines.WriteCounts(writer, "classifications", results.Facets.Classifications);
        JsonLines.WriteCounts(writer, "captions", results.Facets.Captions);
        JsonLines.WriteCounts(writer, "years", results.Facets.Years);
        JsonLines.WriteCounts(writer, "months", results.Facets.Months);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteHit(Utf8JsonWriter writer, SearchHit hit)
    {
        writer.WriteStartObject();
        writer.WriteString("referenceId", hit.ReferenceId);
        JsonLines.WriteDate(writer, "created", hit.Created);
        JsonLines.WriteNullable(writer, "origin", hit.Origin);
        JsonLines.WriteNullable(writer, "classification", hit.Classification is { } c ? Names.Of(c) : null);
        JsonLines.WriteNullable(writer, "subject", hit.Subject);
        writer.WriteString("snippet", hit.Snippet);
        JsonLines.WriteStrings(writer, "tags", hit.Tags);
        JsonLines.WriteStrings(writer, "captions", hit.Captions);
        writer.WriteStartArray("highlights");
        foreach (var range in hit.Highlights)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", range.Start);
            writer.WriteNumber("length", range.Length);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
