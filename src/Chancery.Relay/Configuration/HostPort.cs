namespace Chancery.Relay.Configuration;

/// <summary>A <c>host:port</c> pair (host name or address).</summary>
/// <param name="Host">Host name or address.</param>
/// <param name="Port">Port, 1 to 65535.</param>
public readonly record struct HostPort(string Host, int Port)
{
    /// <summary>Parses <c>host:port</c>; an IPv6 address goes in brackets.</summary>
    public static bool TryParse(string? text, out HostPort value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || colon == text.Length - 1) return false;
        var host = text[..colon].Trim('[', ']');
        if (host.Length == 0 || !int.TryParse(text[(colon + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            return false;
        value = new HostPort(host, port);
        return true;
    }

    /// <summary>Parses <c>host:port</c> or throws <see cref="FormatException"/>.</summary>
    public static HostPort Parse(string text) => TryParse(text, out var v) ? v : throw new FormatException($"'{text}' is not host:port");

    /// <inheritdoc/>
    public override string ToString() => Host.Contains(':') ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}
