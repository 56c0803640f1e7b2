using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Chancery.Cables;

namespace Chancery.Cli.Archive;

/// <summary>Writes one JSON value as one line of standard output, with the contract's writer settings.</summary>
internal static class JsonLines
{
    /// <summary>Builds the value with <paramref name="write"/> and prints it followed by a newline.</summary>
    public static void Print(CliConsole console, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        Write(buffer, write);
        console.WriteUtf8(buffer.WrittenSpan);
    }

    /// <summary>Writes the value and a newline into <paramref name="buffer"/>.</summary>
    public static void Write(ArrayBufferWriter<byte> buffer, Action<Utf8JsonWriter> write)
    {
        using (var writer = new Utf8JsonWriter(buffer, CableJson.WriterOptions()))
            write(writer);
        buffer.Write("\n"u8);
    }

    /// <summary>A date-time as the cable contract writes it (<c>2006-04-24T03:36:00Z</c>), or null.</summary>
    public static void WriteDate(Utf8JsonWriter writer, string name, DateTime? value)
    {
        if (value is { } date) writer.WriteString(name, Iso(date));
        else writer.WriteNull(name);
    }

    /// <summary>UTC ISO 8601 to the second.</summary>
    public static string Iso(DateTime date) =>
        DateTime.SpecifyKind(date, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A string or null.</summary>
    public static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }

    /// <summary>An array of strings.</summary>
    public static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }

    /// <summary>An array of <c>{"value": ..., "count": N}</c>.</summary>
    public static void WriteCounts(Utf8JsonWriter writer, string name, IEnumerable<Chancery.Archive.CountRow> rows)
    {
        writer.WriteStartArray(name);
        foreach (var row in rows)
        {
            writer.WriteStartObject();
            writer.WriteString("value", row.Value);
            writer.WriteNumber("count", row.Count);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
