using System.Buffers;
using Chancery.Archive;
using Chancery.Cables;

namespace Chancery.Cli.Archive;

/// <summary>A stored cable as contract JSON (<c>contracts/cable-json.md</c>) plus <c>"versions"</c>, <c>"version"</c> and <c>"publishedId"</c>.</summary>
internal static class ShowJson
{
    public static byte[] Utf8(ArchivedCable archived)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        CableJson.Write(buffer, archived.Cable);
        // The writer closes the cable's object; reopen it by dropping the final brace and append the archive's fields.
        var cable = buffer.WrittenSpan;
        var extra = new ArrayBufferWriter<byte>(128);
        using (var writer = new System.Text.Json.Utf8JsonWriter(extra, CableJson.WriterOptions()))
        {
            writer.WriteStartObject();
            writer.WriteNumber("versions", archived.VersionCount);
            writer.WriteNumber("version", archived.Version);
            JsonLines.WriteNullable(writer, "publishedId", archived.PublishedId);
            writer.WriteEndObject();
        }
        var tail = extra.WrittenSpan[1..]; // without its own opening brace
        var joined = new byte[cable.Length + tail.Length + 1];
        cable[..^1].CopyTo(joined);
        joined[cable.Length - 1] = (byte)',';
        tail.CopyTo(joined.AsSpan(cable.Length));
        joined[^1] = (byte)'\n';
        return joined;
    }
}
