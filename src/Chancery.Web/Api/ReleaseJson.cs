using System.Buffers;
using System.Text;
using System.Text.Json;
using Chancery.Archive.Security;

namespace Chancery.Web.Api;

/// <summary>
/// What the reader is not shown of a cable, as extra members of the cable JSON (the contract's fields keep their names):
/// <c>"withheld": [{"paragraph": 4, "marking": "S"}]</c> (a withheld subject is <c>{"paragraph": null, "subject": true, ...}</c>)
/// and <c>"declassified": {"at": "...", "by": "...", "reason": "...", "automatic": false}</c>.
/// </summary>
internal static class ReleaseJson
{
    /// <summary>The members with a leading comma, or "" when everything is released and nothing declassified.</summary>
    public static string Members(ReleaseInfo? release)
    {
        if (release is null || release.Withheld.Count == 0 && release.Declassified is null) return "";
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            if (release.Withheld.Count > 0)
            {
                writer.WriteStartArray("withheld");
                foreach (var portion in release.Withheld)
                {
                    writer.WriteStartObject();
                    if (ParagraphNumber(portion) is { } number) writer.WriteNumber("paragraph", number);
                    else writer.WriteNull("paragraph");
                    if (portion.Index < 0) writer.WriteBoolean("subject", true);
                    writer.WriteString("marking", portion.Marking);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
            }
            if (release.Declassified is { } d)
            {
                writer.WriteStartObject("declassified");
                writer.WriteString("at", ApiFormat.Date(d.At));
                writer.WriteString("by", d.By);
                writer.WriteString("reason", d.Reason);
                writer.WriteBoolean("automatic", d.Automatic);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        var json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        return "," + json[1..^1];
    }

    /// <summary>The number a reader knows the portion by: its own number, else its place (1-based); null for the subject.</summary>
    public static int? ParagraphNumber(WithheldPortion portion) =>
        portion.Index < 0 ? null : portion.Number ?? portion.Index + 1;
}
