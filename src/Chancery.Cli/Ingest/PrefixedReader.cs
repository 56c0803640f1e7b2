namespace Chancery.Cli.Ingest;

/// <summary>
/// A reader whose first characters were read ahead (to decide what the input is) and are handed out again before
/// the rest: standard input cannot be rewound.
/// </summary>
internal sealed class PrefixedReader : TextReader
{
    private readonly TextReader _inner;
    private readonly string _prefix;
    private int _at;

    private PrefixedReader(TextReader inner, string prefix)
    {
        _inner = inner;
        _prefix = prefix;
    }

    /// <summary>The characters read ahead (at most the requested count; fewer at the end of the input).</summary>
    public string Prefix => _prefix;

    /// <summary>Reads up to <paramref name="count"/> characters ahead of <paramref name="inner"/>.</summary>
    public static PrefixedReader Open(TextReader inner, int count)
    {
        var buffer = new char[count];
        var read = inner.ReadBlock(buffer, 0, count);
        return new PrefixedReader(inner, new string(buffer, 0, read));
    }

    public override int Peek() => _at < _prefix.Length ? _prefix[_at] : _inner.Peek();

    public override int Read() => _at < _prefix.Length ? _prefix[_at++] : _inner.Read();

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (_at >= _prefix.Length) return _inner.Read(buffer);
        var n = Math.Min(buffer.Length, _prefix.Length - _at);
        _prefix.AsSpan(_at, n).CopyTo(buffer);
        _at += n;
        return n;
    }

    public override string? ReadLine()
    {
        if (_at >= _prefix.Length) return _inner.ReadLine();
        var rest = _prefix.AsSpan(_at);
        var end = rest.IndexOfAny('\r', '\n');
        if (end >= 0)
        {
            var line = rest[..end].ToString();
            _at += end + 1;
            if (rest[end] == '\r')
            {
                if (_at < _prefix.Length)
                {
                    if (_prefix[_at] == '\n') _at++;
                }
                else if (_inner.Peek() == '\n')
                {
                    _inner.Read();
                }
            }
            return line;
        }
        var head = rest.ToString();
        _at = _prefix.Length;
        return head + _inner.ReadLine();
    }

    public override string ReadToEnd()
    {
        var head = _at < _prefix.Length ? _prefix[_at..] : "";
        _at = _prefix.Length;
        return head + _inner.ReadToEnd();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }
}
