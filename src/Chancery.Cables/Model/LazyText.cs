using System.Buffers;

namespace Chancery.Cables;

/// <summary>
/// A string value a record can carry before it is built: either a string, or pieces of one source string
/// (the reader's input) with what joins them. It is built on first read and kept; equality is by content.
/// This lets the reader hand over a body and paragraphs without copying their text until someone reads it.
/// A value made of pieces keeps its source string alive until the record is dropped.
/// </summary>
internal sealed class LazyText : IEquatable<LazyText>
{
    /// <summary>What goes before a piece.</summary>
    public enum Joint : byte
    {
        /// <summary>Nothing.</summary>
        None,

        /// <summary>One space.</summary>
        Space,

        /// <summary>One line break.</summary>
        Line,

        /// <summary>A blank line (two line breaks).</summary>
        Blank,
    }

    /// <summary>One piece: source[Start..Start+Length) with its joint.</summary>
    public readonly record struct Piece(int Start, int Length, Joint Before);

    private static readonly LazyText Null = new(null);

    private string? _value;
    private readonly string? _source;
    private readonly Piece[]? _pieces;
    private readonly bool _collapse;

    private LazyText(string? value) => _value = value;

    private LazyText(string source, Piece[] pieces, bool collapse)
    {
        _source = source;
        _pieces = pieces;
        _collapse = collapse;
    }

    /// <summary>A value that is already a string.</summary>
    public static LazyText Of(string? value) => value is null ? Null : new LazyText(value);

    /// <summary>
    /// A value built from pieces of <paramref name="source"/>: each piece is copied as it is, or, when
    /// <paramref name="collapse"/>, with its ends trimmed and runs of white space turned into one space (and the
    /// whole value trimmed at the end).
    /// </summary>
    public static LazyText Of(string source, Piece[] pieces, bool collapse) => new(source, pieces, collapse);

    /// <summary>True for the null value (<see cref="Value"/> is null).</summary>
    public bool IsNull => _value is null && _pieces is null;

    /// <summary>The string; built (once) on first read.</summary>
    public string Value
    {
        get
        {
            var value = _value;
            if (value is not null || _pieces is null) return value!;
            value = Build();
            _value = value;
            return value;
        }
    }

    /// <summary>
    /// The start of the value, at most <paramref name="buffer"/>'s length, without building the value;
    /// <paramref name="whole"/> tells whether it is all of it.
    /// </summary>
    public ReadOnlySpan<char> Head(Span<char> buffer, out bool whole)
    {
        if (_pieces is null || _value is not null)
        {
            var s = (_value ?? "").AsSpan();
            whole = s.Length <= buffer.Length;
            return whole ? s : s[..buffer.Length];
        }
        var written = Write(buffer, out whole);
        var head = (ReadOnlySpan<char>)buffer[..written];
        if (_collapse) head = whole ? head.Trim() : head.TrimStart();
        return head;
    }

    /// <summary>
    /// The value without making a string of it: the string when it is built, else the value written into an array
    /// from <see cref="ArrayPool{T}.Shared"/> that the caller returns through <paramref name="rented"/>.
    /// </summary>
    public ReadOnlySpan<char> Render(out char[]? rented)
    {
        rented = null;
        if (_value is not null || _pieces is null) return _value;
        var bound = 0;
        foreach (var p in _pieces) bound += p.Length + 2;
        rented = ArrayPool<char>.Shared.Rent(Math.Max(1, bound));
        ReadOnlySpan<char> text = rented.AsSpan(0, Write(rented, out _));
        return _collapse ? text.Trim() : text;
    }

    private string Build()
    {
        var bound = 0;
        foreach (var p in _pieces!) bound += p.Length + 2;
        if (bound == 0) return "";
        var rented = ArrayPool<char>.Shared.Rent(bound);
        try
        {
            var written = Write(rented, out _);
            var text = rented.AsSpan(0, written);
            if (_collapse) text = text.Trim();
            return text.IsEmpty ? "" : new string(text);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    // Writes the pieces into dest until it is full; complete tells whether everything fitted.
    private int Write(Span<char> dest, out bool complete)
    {
        var at = 0;
        complete = false;
        foreach (var piece in _pieces!)
        {
            var joint = piece.Before switch
            {
                Joint.Space => " ",
                Joint.Line => "\n",
                Joint.Blank => "\n\n",
                _ => "",
            };
            foreach (var c in joint)
            {
                if (at == dest.Length) return at;
                dest[at++] = c;
            }
            var text = _source.AsSpan(piece.Start, piece.Length);
            if (!_collapse)
            {
                var n = Math.Min(text.Length, dest.Length - at);
                text[..n].CopyTo(dest[at..]);
                at += n;
                if (n < text.Length) return at;
                continue;
            }
            text = text.Trim();
            var space = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c)) { space = true; continue; }
                if (space)
                {
                    if (at == dest.Length) return at;
                    dest[at++] = ' ';
                    space = false;
                }
                if (at == dest.Length) return at;
                dest[at++] = c;
            }
        }
        complete = true;
        return at;
    }

    /// <inheritdoc />
    public bool Equals(LazyText? other) => other is not null && (ReferenceEquals(this, other) || string.Equals(Value, other.Value, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LazyText);

    /// <inheritdoc />
    public override int GetHashCode() => Value is { } v ? StringComparer.Ordinal.GetHashCode(v) : 0;

    /// <inheritdoc />
    public override string ToString() => Value;
}
