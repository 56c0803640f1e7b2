namespace Chancery.Cli.Ingest;

/// <summary>Decides from its first characters what an input holds, and whether it is text at all.</summary>
internal static class InputSniffer
{
    /// <summary>How many characters are looked at.</summary>
    public const int Window = 8192;

    /// <summary>
    /// Why <paramref name="start"/> is not text, or null when it is: a NUL character (as git decides), or mostly
    /// control characters and undecodable bytes.
    /// </summary>
    public static string? BinaryReason(ReadOnlySpan<char> start)
    {
        if (start.IndexOf('\0') >= 0) return "a binary file (it contains NUL bytes), not cable text";
        var odd = 0;
        foreach (var c in start)
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\r' or '\n' or '\t' or '\f')))
                odd++;
        return start.Length > 0 && odd * 10 > start.Length
            ? "a binary file (mostly control characters and undecodable bytes), not cable text"
            : null;
    }

    /// <summary>A JSON object per line, a Cablegate CSV (<c>"123","</c>), or cable text.</summary>
    public static IngestInputKind KindOf(ReadOnlySpan<char> start)
    {
        start = start.TrimStart();
        if (start.StartsWith("{")) return IngestInputKind.Jsonl;
        if (start.Length > 1 && start[0] == '"' && char.IsAsciiDigit(start[1]))
        {
            var i = 1;
            while (i < start.Length && char.IsAsciiDigit(start[i])) i++;
            if (start[i..].StartsWith("\",\"")) return IngestInputKind.Csv;
        }
        return IngestInputKind.Text;
    }
}
