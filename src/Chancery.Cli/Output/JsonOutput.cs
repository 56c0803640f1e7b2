using System.Text;
using System.Text.Json;
using Chancery.Cables;

namespace Chancery.Cli.Output;

/// <summary>
/// Writes cables as contract JSON straight into standard output's byte stream (one object per line, or one
/// indented array), so no per-input copy of the JSON is ever held in memory.
/// </summary>
internal sealed class JsonOutput : IDisposable
{
    private readonly CliConsole _console;
    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly bool _array;
    private readonly Utf8JsonWriter _writer;

    public JsonOutput(CliConsole console, bool array)
    {
        _console = console;
        _array = array;
        if (console.Out is StreamWriter writer)
        {
            writer.Flush();
            _stream = writer.BaseStream;
        }
        else
        {
            // Standard output is a plain TextWriter (tests): collect the bytes and hand them over as text at the end.
            _stream = new MemoryStream();
            _ownsStream = true;
        }
        _writer = new Utf8JsonWriter(_stream, CableJson.WriterOptions(indented: array));
        if (_array) _writer.WriteStartArray();
    }

    public void Write(Cable cable)
    {
        CableJson.Write(_writer, cable);
        if (_array) return;
        _writer.Flush();
        _stream.WriteByte((byte)'\n');
        _writer.Reset();
    }

    /// <summary>Writes JSON lines made elsewhere (<see cref="JsonLines"/>) as they are; JSONL output only.</summary>
    public void WriteLines(ReadOnlySpan<byte> lines)
    {
        if (_array) throw new InvalidOperationException("Pre-written lines cannot go into a JSON array.");
        _stream.Write(lines);
    }

    public void Dispose()
    {
        if (_array) _writer.WriteEndArray();
        _writer.Flush();
        if (_array) _stream.WriteByte((byte)'\n');
        _writer.Dispose();
        if (_ownsStream)
        {
            _console.Out.Write(Encoding.UTF8.GetString(((MemoryStream)_stream).GetBuffer(), 0, (int)_stream.Length));
            _stream.Dispose();
        }
        else
        {
            _stream.Flush();
        }
    }
}
