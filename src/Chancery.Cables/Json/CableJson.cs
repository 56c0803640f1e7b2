using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Chancery.Cables;

/// <summary>
/// The contract JSON of a parsed cable (<c>contracts/cable-json.md</c>): writes a <see cref="Cable"/> with
/// <see cref="Utf8JsonWriter"/> directly (no reflection) and reads such JSON back into a <see cref="Cable"/>.
/// </summary>
public static class CableJson
{
    /// <summary>
    /// Writer options for contract JSON: non-ASCII text (<c>¶</c>, accented names) is written as is, not as
    /// <c>\uXXXX</c> escapes; the output is still valid JSON.
    /// </summary>
    public static JsonWriterOptions WriterOptions(bool indented = false) => new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = indented,
        SkipValidation = true,
        NewLine = "\n",
    };

    /// <summary>Writes <paramref name="cable"/> as one JSON object at the writer's current position.</summary>
    public static void Write(Utf8JsonWriter writer, Cable cable) => CableJsonWriter.WriteCable(writer, cable);

    /// <summary>Writes <paramref name="cable"/> as UTF-8 JSON into <paramref name="output"/>.</summary>
    public static void Write(IBufferWriter<byte> output, Cable cable, bool indented = false)
    {
        using var writer = new Utf8JsonWriter(output, WriterOptions(indented));
        CableJsonWriter.WriteCable(writer, cable);
    }

    /// <summary>The contract JSON of <paramref name="cable"/> as a string (one line unless <paramref name="indented"/>).</summary>
    public static string Serialize(Cable cable, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        Write(buffer, cable, indented);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads one contract JSON object back into a <see cref="Cable"/>.</summary>
    /// <exception cref="JsonException">The text is not JSON or not an object of the contract's shape.</exception>
    public static Cable Deserialize(string json)
    {
        using var document = JsonDocument.Parse(json);
        return CableJsonReader.ReadCable(document.RootElement);
    }

    /// <summary>Reads one contract JSON object (UTF-8) back into a <see cref="Cable"/>.</summary>
    /// <exception cref="JsonException">The bytes are not JSON or not an object of the contract's shape.</exception>
    public static Cable Deserialize(ReadOnlyMemory<byte> utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json);
        return CableJsonReader.ReadCable(document.RootElement);
    }

    /// <summary>Reads a parsed JSON element (an object of the contract's shape) into a <see cref="Cable"/>.</summary>
    /// <exception cref="JsonException">The element is not of the contract's shape.</exception>
    public static Cable FromElement(JsonElement element) => CableJsonReader.ReadCable(element);
}
