using System.Text;

namespace Chancery.Relay.Control;

/// <summary>One HTTP/1.1 request as the control endpoint needs it: method, path, query, a Content-Length body.</summary>
internal sealed class HttpRequest
{
    public string Method { get; private init; } = "";

    public string Path { get; private init; } = "";

    public string QueryString { get; private init; } = "";

    public byte[] Body { get; private init; } = [];

    /// <summary>Why the request cannot be served, or null.</summary>
    public string? Error { get; private init; }

    public int ErrorStatus { get; private init; } = 400;

    public string? Query(string name)
    {
        foreach (var pair in QueryString.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            if (key == name) return eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
        }
        return null;
    }

    public static async Task<HttpRequest> ReadAsync(Stream stream, int maxHeader, int maxBody, CancellationToken ct)
    {
        var buffer = new byte[maxHeader];
        var filled = 0;
        int headerEnd;
        while ((headerEnd = IndexOfHeaderEnd(buffer, filled)) < 0)
        {
            if (filled == buffer.Length) return new HttpRequest { Error = "request header too large", ErrorStatus = 413 };
            var n = await stream.ReadAsync(buffer.AsMemory(filled), ct).ConfigureAwait(false);
            if (n == 0) return new HttpRequest { Error = "incomplete request" };
            filled += n;
        }
        var lines = Encoding.ASCII.GetString(buffer, 0, headerEnd).Split("\r\n");
        var first = lines[0].Split(' ');
        if (first.Length != 3 || !first[2].StartsWith("HTTP/1.", StringComparison.Ordinal)) return new HttpRequest { Error = "not an HTTP/1.x request line" };
        var target = first[1];
        var q = target.IndexOf('?');
        long length = 0;
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) && !long.TryParse(value, out length))
                return new HttpRequest { Error = "bad Content-Length" };
            if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
                return new HttpRequest { Error = "send the body with a Content-Length", ErrorStatus = 411 };
        }
        if (length < 0 || length > maxBody) return new HttpRequest { Error = $"the body is larger than {maxBody / (1024 * 1024)} MB", ErrorStatus = 413 };
        var body = new byte[length];
        var already = Math.Min(filled - (headerEnd + 4), (int)length);
        Array.Copy(buffer, headerEnd + 4, body, 0, already);
        if (already < length) await stream.ReadExactlyAsync(body.AsMemory(already), ct).ConfigureAwait(false);
        return new HttpRequest
        {
            Method = first[0],
            Path = (q < 0 ? target : target[..q]).TrimEnd('/') is { Length: > 0 } p ? p : "/",
            QueryString = q < 0 ? "" : target[(q + 1)..],
            Body = body,
        };
    }

    private static int IndexOfHeaderEnd(byte[] buffer, int filled) => buffer.AsSpan(0, filled).IndexOf("\r\n\r\n"u8);
}
