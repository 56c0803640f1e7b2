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

    /// <summary>How the pieces' characters are copied.</summary>
    public enum Layout : byte
    {
        /// <summary>As they are.</summary>
        Copy,

        /// <summary>Each piece trimmed, runs of white space turned into one space, the whole value trimmed.</summary>
        Collapse,

        /// <summary>
        /// Each piece is a run of whole input lines: every line break (<c>\n</c>, <c>\r\n</c>, <c>\r</c>) becomes
        /// <c>\n</c> and trailing white space is dropped from each line, as the reader's lines have it.
        /// </summary>
        Lines,
    }

    /// <summary>One piece: source[Start..Start+Length) with its joint.</summary>
    public readonly record struct Piece(int Start, int Length, Joint Before);

    private static readonly LazyText Null = new(null);

    private string? _value;
    private readonly string? _source;
    // Most paragraphs are one piece: it is kept here rather than in an array of one.
    private readonly Piece _single;
    private readonly Piece[]? _pieces;
    private readonly Layout _layout;

    private LazyText(string? value) => _value = value;

    private LazyText(string source, Piece single, Piece[]? pieces, Layout layout)
    {
        _source = source;
        _single = single;
        _pieces = pieces;
        _layout = layout;
    }

    /// <summary>A value that is already a string.</summary>
    public static LazyText Of(string? value) => value is null ? Null : new LazyText(value);

    /// <summary>
    /// A value built from pieces of <paramref name="source"/>: each piece is copied as it is, or, when
    /// <paramref name="collapse"/>, with its ends trimmed and runs of white space turned into one space (and the
    /// whole value trimmed at the end).
    /// </summary>
    public static LazyText Of(string source, ReadOnlySpan<Piece> pieces, bool collapse) =>
        Of(source, pieces, collapse ? Layout.Collapse : Layout.Copy);

    /// <summary>A value built from pieces of <paramref name="source"/> laid out as <paramref name="layout"/> says.</summary>
    public static LazyText Of(string source, ReadOnlySpan<Piece> pieces, Layout layout) =>
        pieces.Length == 1 ? new(source, pieces[0], null, layout) : new(source, default, pieces.ToArray(), layout);

    private ReadOnlySpan<Piece> Pieces => _pieces ?? new ReadOnlySpan<Piece>(in _single);

    /// <summary>True for the null value (<see cref="Value"/> is null).</summary>
    public bool IsNull => _value is null && _source is null;

    /// <summary>The string; built (once) on first read.</summary>
    public string Value
    {
        get
        {
            var value = _value;
            if (value is not null || _source is null) return value!;
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
        if (_source is null || _value is not null)
        {
            var s = (_value ?? "").AsSpan();
            whole = s.Length <= buffer.Length;
            return whole ? s : s[..buffer.Length];
        }
        var written = Write(buffer, out whole);
        var head = (ReadOnlySpan<char>)buffer[..written];
        if (_layout == Layout.Collapse) head = whole ? head.Trim() : head.TrimStart();
        return head;
    }

    /// <summary>
    /// The value without making a string of it: the string when it is built, else the value written into an array
    /// from <see cref="ArrayPool{T}.Shared"/> that the caller returns through <paramref name="rented"/>.
    /// </summary>
    public ReadOnlySpan<char> Render(out char[]? rented)
    {
        rented = null;
        if (_value is not null || _source is null) return _value;
        rented = ArrayPool<char>.Shared.Rent(Math.Max(1, Bound()));
        ReadOnlySpan<char> text = rented.AsSpan(0, Write(rented, out _));
        return _layout == Layout.Collapse ? text.Trim() : text;
    }

    // No layout makes a piece longer than its source range; a joint adds at most two characters.
    private int Bound()
    {
        var bound = 0;
        foreach (var p in Pieces) bound += p.Length + 2;
        return bound;
    }

    private string Build()
    {
        var bound = Bound();
        if (bound == 0) return "";
        var rented = ArrayPool<char>.Shared.Rent(bound);
        try
        {
            var written = Write(rented, out _);
            var text = rented.AsSpan(0, written);
            if (_layout == Layout.Collapse) text = text.Trim();
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
        foreach (var piece in Pieces)
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
            var full = _layout switch
            {
                Layout.Copy => Copy(text, dest, ref at),
                Layout.Lines => CopyLines(text, dest, ref at),
                _ => CopyCollapsed(text, dest, ref at),
            };
            if (!full) return at;
        }
        complete = true;
        return at;
    }

    private static bool Copy(ReadOnlySpan<char> text, Span<char> dest, ref int at)
    {
        var n = Math.Min(text.Length, dest.Length - at);
        text[..n].CopyTo(dest[at..]);
        at += n;
        return n == text.Length;
    }

    private static bool CopyLines(ReadOnlySpan<char> text, Span<char> dest, ref int at)
    {
        while (true)
        {
            var eol = text.IndexOfAny('\n', '\r');
            if (!Copy((eol < 0 ? text : text[..eol]).TrimEnd(), dest, ref at)) return false;
            if (eol < 0) return true;
            if (at == dest.Length) return false;
            dest[at++] = '\n';
            text = text[(text[eol] == '\r' && eol + 1 < text.Length && text[eol + 1] == '\n' ? eol + 2 : eol + 1)..];
        }
    }

    private static bool CopyCollapsed(ReadOnlySpan<char> text, Span<char> dest, ref int at)
    {
        text = text.Trim();
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space)
            {
                if (at == dest.Length) return false;
                dest[at++] = ' ';
                space = false;
            }
            if (at == dest.Length) return false;
            dest[at++] = c;
        }
        return true;
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
