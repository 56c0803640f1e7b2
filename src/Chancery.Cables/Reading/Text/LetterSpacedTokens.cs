namespace Chancery.Cables.Reading.Text;

/// <summary>
/// A line cut into upper-case tokens on spaces, commas, semicolons and double slashes, with runs of single
/// letters merged into words so that <c>C O N F I D E N T I A L</c> reads as one word. The tokens are ranges
/// of one character buffer kept per thread: cutting a line allocates nothing. A list is valid until the next
/// <see cref="Cut"/> on the same thread.
/// </summary>
internal sealed class LetterSpacedTokens
{
    /// <summary>One token: its upper-case characters in the buffer, and where it starts in the line.</summary>
    private readonly record struct Token(int Start, int Length, int Offset);

    // Room for a level word written after the tokens (SplitGluedLevel).
    private const int Spare = 16;

    [ThreadStatic] private static LetterSpacedTokens? t_tokens;

    private char[] _chars = new char[256];
    private Token[] _items = new Token[64];

    /// <summary>How many tokens the line has.</summary>
    public int Count { get; private set; }

    /// <summary>Token <paramref name="k"/>, upper case.</summary>
    public ReadOnlySpan<char> this[int k] => _chars.AsSpan(_items[k].Start, _items[k].Length);

    /// <summary>Where token <paramref name="k"/> starts in the line.</summary>
    public int Offset(int k) => _items[k].Offset;

    /// <summary>Cuts <paramref name="line"/> into this thread's token list and returns it.</summary>
    public static LetterSpacedTokens Cut(ReadOnlySpan<char> line)
    {
        var tokens = t_tokens ??= new LetterSpacedTokens();
        tokens.Fill(line);
        return tokens;
    }

    private void Fill(ReadOnlySpan<char> line)
    {
        if (_chars.Length < line.Length + Spare) _chars = new char[Math.Max(line.Length + Spare, _chars.Length * 2)];
        Count = 0;
        var used = 0;
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && IsSeparator(line, i)) i++;
            if (i >= line.Length) break;
            var start = i;
            while (i < line.Length && !IsSeparator(line, i)) i++;
            var length = line[start..i].ToUpperInvariant(_chars.AsSpan(used));
            Add(new Token(used, length, start));
            used += length;
        }
        // Raw tokens lie back to back in the buffer, so a run of single letters is one range already.
        var merged = 0;
        for (var k = 0; k < Count; k++)
        {
            var token = _items[k];
            if (IsSingleLetter(token) && k + 1 < Count && IsSingleLetter(_items[k + 1]))
            {
                var length = 1;
                while (k + 1 < Count && IsSingleLetter(_items[k + 1]))
                {
                    k++;
                    length++;
                }
                token = token with { Length = length };
            }
            _items[merged++] = token;
        }
        Count = merged;
        _used = used;
    }

    private int _used;

    private bool IsSingleLetter(Token token) => token.Length == 1 && char.IsAsciiLetter(_chars[token.Start]);

    private void Add(Token token)
    {
        if (Count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
        _items[Count++] = token;
    }

    /// <summary>Makes token <paramref name="k"/> read <paramref name="word"/> (written after the other tokens).</summary>
    public void Replace(int k, string word)
    {
        word.CopyTo(_chars.AsSpan(_used));
        _items[k] = _items[k] with { Start = _used, Length = word.Length };
        _used += word.Length;
    }

    /// <summary>Drops the first <paramref name="count"/> characters of token <paramref name="k"/>.</summary>
    public void DropStart(int k, int count) =>
        _items[k] = new Token(_items[k].Start + count, _items[k].Length - count, _items[k].Offset + count);

    private static bool IsSeparator(ReadOnlySpan<char> line, int i)
    {
        var c = line[i];
        if (c is ' ' or '\t' or ',' or ';') return true;
        return c == '/' && ((i + 1 < line.Length && line[i + 1] == '/') || (i > 0 && line[i - 1] == '/'));
    }
}
