using System.Text;

namespace Chancery.Relay.Wire;

/// <summary>
/// Cuts the byte stream of a link into transmissions: from a line starting <c>VZCZC</c> to a line <c>NNNN</c>.
/// Bytes outside a transmission are counted and dropped; a line or transmission over the limits is dropped whole
/// (memory stays bounded whatever a neighbour sends); a transmission cut short by the next <c>VZCZC</c> is
/// reported garbled, so that the receiver can ask for a rerun.
/// </summary>
internal sealed class FrameReader
{
    private readonly Stream _stream;
    private readonly int _maxLine;
    private readonly int _maxFrame;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start, _end;
    private readonly StringBuilder _frame = new();
    private string? _firstLine;
    private string? _garbled;

    /// <summary>Reads from <paramref name="stream"/> with the given limits (bytes).</summary>
    public FrameReader(Stream stream, int maxLine = 16 * 1024, int maxFrame = 1024 * 1024)
    {
        _stream = stream;
        _maxLine = maxLine;
        _maxFrame = maxFrame;
    }

    /// <summary>Bytes dropped outside transmissions or in over-long lines.</summary>
    public long DiscardedBytes { get; private set; }

    /// <summary>The next transmission, or null at the end of the stream.</summary>
    public async ValueTask<Frame?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var line = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null) return null;
            if (line.Value.Overlong)
            {
                if (_firstLine is not null) _garbled ??= "a line longer than the limit";
                continue;
            }
            var text = line.Value.Text;
            var trimmed = text.AsSpan().Trim();
            if (trimmed.StartsWith("VZCZC"))
            {
                var previous = _firstLine;
                Start(trimmed.ToString());
                if (previous is not null) return new Frame(FrameKind.Garbled, previous, "no NNNN before the next transmission");
                continue;
            }
            if (_firstLine is null)
            {
                DiscardedBytes += text.Length + 1;
                continue;
            }
            if (trimmed.SequenceEqual("NNNN"))
            {
                var first = _firstLine;
                var garbled = _garbled;
                var frame = _frame.ToString();
                _firstLine = null;
                _frame.Clear();
                return garbled is null ? new Frame(FrameKind.Complete, frame) : new Frame(FrameKind.Garbled, first, garbled);
            }
            if (_garbled is not null) continue;
            if (_frame.Length + text.Length + 1 > _maxFrame)
            {
                _garbled = "a transmission longer than the limit";
                _frame.Clear();
                continue;
            }
            _frame.Append(text).Append('\n');
        }
    }

    private void Start(string firstLine)
    {
        _firstLine = firstLine;
        _garbled = null;
        _frame.Clear();
        _frame.Append(firstLine).Append('\n');
    }

    private readonly record struct Line(string Text, bool Overlong);

    private async ValueTask<Line?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var overlong = false;
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0)
            {
                var length = newline - _start;
                Line result;
                if (overlong || length > _maxLine)
                {
                    DiscardedBytes += length;
                    result = new Line("", true);
                }
                else
                {
                    var end = length > 0 && _buffer[newline - 1] == '\r' ? newline - 1 : newline;
                    result = new Line(Encoding.Latin1.GetString(_buffer, _start, end - _start), false);
                }
                _start = newline + 1;
                return result;
            }
            if (_end - _start > _maxLine)
            {
                // Drop what we hold of an over-long line and keep reading until its end.
                DiscardedBytes += _end - _start;
                overlong = true;
                _start = _end = 0;
            }
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }
            var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0) return null;
            _end += read;
        }
    }
}
