using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Chancery.Relay.Configuration;

/// <summary>
/// Reads the <c>tls</c> keys of a station configuration: loads every certificate, key and trust file named there
/// (relative paths from the configuration's folder), so that a missing file, a certificate without its private
/// key or an unreadable authority is reported with its key before the station starts.
/// </summary>
internal static partial class TlsConfigLoader
{
    private static readonly string[] LinkKeys = ["certificate", "key", "password", "trust", "serverName"];
    private static readonly string[] ListenerKeys = ["certificate", "key", "password"];

    /// <summary>The top-level <c>tls</c> object, or null when absent.</summary>
    public static ListenerTls? Listener(JsonElement root, string baseDirectory)
    {
        if (!root.TryGetProperty("tls", out var tls) || tls.ValueKind == JsonValueKind.Null) return null;
        if (tls.ValueKind != JsonValueKind.Object) throw new StationConfigException("tls", "must be an object");
        Refuse(tls, "tls.", ListenerKeys);
        if (String(tls, "certificate", "tls.") is null) throw new StationConfigException("tls.certificate", "required (the certificate presented to neighbours that dial in)");
        return new ListenerTls(Certificate(tls, "tls.", baseDirectory)!);
    }

    /// <summary>The <c>tls</c> object of the link at <paramref name="key"/>, or null when absent.</summary>
    public static LinkTls? Link(JsonElement link, string key, bool dials, string baseDirectory)
    {
        if (!link.TryGetProperty("tls", out var tls) || tls.ValueKind == JsonValueKind.Null) return null;
        var prefix = key + ".tls.";
        if (tls.ValueKind != JsonValueKind.Object) throw new StationConfigException(key + ".tls", "must be an object");
        Refuse(tls, prefix, LinkKeys);
        if (!dials)
        {
            if (tls.TryGetProperty("certificate", out _))
                throw new StationConfigException(prefix + "certificate", "the neighbour dials this link: it is shown the listener's certificate (top-level tls.certificate)");
            if (tls.TryGetProperty("serverName", out _))
                throw new StationConfigException(prefix + "serverName", "only for a link this station dials (it has no endpoint)");
        }
        var serverName = String(tls, "serverName", prefix);
        return new LinkTls(Certificate(tls, prefix, baseDirectory), Trust(tls, prefix, baseDirectory), serverName);
    }

    private static X509Certificate2? Certificate(JsonElement tls, string prefix, string baseDirectory)
    {
        var path = String(tls, "certificate", prefix);
        var keyPath = String(tls, "key", prefix);
        var password = String(tls, "password", prefix);
        if (path is null)
        {
            if (keyPath is not null) throw new StationConfigException(prefix + "key", "given without a certificate");
            return null;
        }
        var full = Path.GetFullPath(path, baseDirectory);
        X509Certificate2 certificate;
        try
        {
            var pkcs12 = full.EndsWith(".pfx", StringComparison.OrdinalIgnoreCase) || full.EndsWith(".p12", StringComparison.OrdinalIgnoreCase);
            if (pkcs12 && keyPath is not null) throw new StationConfigException(prefix + "key", "a .pfx/.p12 file carries its own key");
            certificate = pkcs12
                ? X509CertificateLoader.LoadPkcs12FromFile(full, password)
                : X509Certificate2.CreateFromPemFile(full, keyPath is null ? null : Path.GetFullPath(keyPath, baseDirectory));
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new StationConfigException(prefix + (keyPath is not null && e is CryptographicException or ArgumentException && File.Exists(full) ? "key" : "certificate"),
                $"cannot load {path}{(keyPath is null ? "" : " with key " + keyPath)}: {e.Message}");
        }
        if (!certificate.HasPrivateKey)
            throw new StationConfigException(prefix + "certificate", $"{path} has no private key (give 'key', or a .pfx with its key)");
        return certificate;
    }

    private static TlsTrust? Trust(JsonElement tls, string prefix, string baseDirectory)
    {
        var trust = String(tls, "trust", prefix);
        if (trust is null) return null;
        if (Fingerprint().IsMatch(trust)) return new TlsTrust([], trust.Replace(":", "", StringComparison.Ordinal).ToUpperInvariant());
        var authorities = new X509Certificate2Collection();
        try
        {
            authorities.ImportFromPemFile(Path.GetFullPath(trust, baseDirectory));
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new StationConfigException(prefix + "trust", $"neither a SHA-256 fingerprint nor a readable PEM file of authorities: {e.Message}");
        }
        if (authorities.Count == 0) throw new StationConfigException(prefix + "trust", $"{trust} holds no certificate");
        return new TlsTrust(authorities, null);
    }

    private static string? String(JsonElement parent, string name, string prefix)
    {
        if (!parent.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind != JsonValueKind.String || v.GetString()!.Trim().Length == 0) throw new StationConfigException(prefix + name, "must be a non-empty string");
        return v.GetString()!.Trim();
    }

    private static void Refuse(JsonElement element, string prefix, string[] known)
    {
        foreach (var property in element.EnumerateObject())
            if (Array.IndexOf(known, property.Name) < 0)
                throw new StationConfigException(prefix + property.Name, $"unknown key (known: {string.Join(", ", known)})");
    }

    [GeneratedRegex("^[0-9A-Fa-f]{2}(:?[0-9A-Fa-f]{2}){31}$")]
    private static partial Regex Fingerprint();
}
