namespace Chancery.Relay.Configuration;

/// <summary>A configuration that cannot be used: names the key and the reason, in one line.</summary>
public sealed class StationConfigException : Exception
{
    /// <summary>Makes the error for <paramref name="key"/> (a JSON path such as <c>links[0].channel</c>).</summary>
    public StationConfigException(string key, string reason) : base($"{key}: {reason}")
    {
        Key = key;
        Reason = reason;
    }

    /// <summary>The offending key as a path, e.g. <c>routes[1].link</c>.</summary>
    public string Key { get; }

    /// <summary>Why the value cannot be used.</summary>
    public string Reason { get; }
}
