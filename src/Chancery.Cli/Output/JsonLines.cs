using System.Buffers;
using System.Text.Json;
using Chancery.Cables;

namespace Chancery.Cli.Output;

/// <summary>
/// The JSON lines of one input's cables, written on the worker thread that read them so that serialising is
/// spread over the cores like parsing is; the main thread only copies the bytes out in input order. The bytes
/// live in an array from <see cref="ArrayPool{T}.Shared"/> until <see cref="Dispose"/>.
/// </summary>
internal sealed class JsonLines : IBufferWriter<byte>, IDisposable
{
    private const int InitialSize = 64 * 1024;

    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    private int _length;

    /// <summary>Writes one line per cable: the contract JSON object and a line feed.</summary>
    public static JsonLines Of(IEnumerable<Cable> cables)
    {
        var lines = new JsonLines();
        var writer = t_writer ??= new Utf8JsonWriter(lines, CableJson.WriterOptions(indented: false));
        foreach (var cable in cables)
        {
            writer.Reset(lines);
            CableJson.Write(writer, cable);
            writer.Flush();
            var newline = lines.GetSpan(1);
            newline[0] = (byte)'\n';
            lines.Advance(1);
        }
        writer.Reset(Stream.Null);
        return lines;
    }

    /// <summary>The bytes written.</summary>
    public ReadOnlySpan<byte> Bytes => _buffer.AsSpan(0, _length);

    /// <inheritdoc />
    public void Advance(int count) => _length += count;

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_length);
    }

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_length);
    }

    private void Ensure(int sizeHint)
    {
        var needed = _length + Math.Max(1, sizeHint);
        if (needed <= _buffer.Length) return;
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        Bytes.CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }

    /// <summary>Gives the buffer back to the pool.</summary>
    public void Dispose()
    {
        if (_buffer.Length == 0) return;
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _length = 0;
    }
}
