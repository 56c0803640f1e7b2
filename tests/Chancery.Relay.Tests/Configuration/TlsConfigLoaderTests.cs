using System.Text.Json;
using Chancery.Relay.Configuration;
using Chancery.Relay.Tests.Support;

namespace Chancery.Relay.Tests.Configuration;

/// <summary>The <c>tls</c> keys: certificates and trust are loaded when the configuration is, and faults are named by key.</summary>
public sealed class TlsConfigLoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chancery-tls-config-").FullName;
    private readonly TestCertificates _pki;
    private readonly (string Certificate, string Key, System.Security.Cryptography.X509Certificates.X509Certificate2 Issued) _station;

    public TlsConfigLoaderTests()
    {
        _pki = new TestCertificates(_dir);
        _station = _pki.Issue("RUEHAST");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Station(object? listenerTls, object? dialTls, object? acceptTls) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["routingIndicator"] = "RUEHAST",
        ["address"] = "USOFFICE ASTANA",
        ["listen"] = "127.0.0.1:7101",
        ["dataDirectory"] = "data",
        ["tls"] = listenerTls,
        ["links"] = new object[]
        {
            new Dictionary<string, object?> { ["name"] = "washington", ["neighbor"] = "RUEHC", ["endpoint"] = "127.0.0.1:7100", ["channel"] = "AST", ["tls"] = dialTls },
            new Dictionary<string, object?> { ["name"] = "almaty", ["neighbor"] = "RUEHTA", ["channel"] = "ASA", ["tls"] = acceptTls },
        },
        ["routes"] = new object[] { new { prefix = "", link = "washington" } },
    });

    [Fact]
    public void Certificates_keys_and_trust_are_loaded_with_paths_from_the_configuration_folder()
    {
        var fingerprint = _station.Issued.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256);
        var json = Station(
            new { certificate = "RUEHAST.pem", key = "RUEHAST.key" },
            new { certificate = "RUEHAST.pem", key = "RUEHAST.key", trust = "ca.pem", serverName = "washington.example" },
            new { trust = string.Join(':', Enumerable.Range(0, 32).Select(i => fingerprint.Substring(i * 2, 2))).ToLowerInvariant() });

        var config = StationConfigLoader.Parse(json, _dir);

        Assert.Equal(_station.Issued.Thumbprint, config.Tls!.Certificate.Thumbprint);
        Assert.True(config.Tls.Certificate.HasPrivateKey);
        var dial = config.Links[0].Tls!;
        Assert.Equal("washington.example", dial.ServerName);
        Assert.Single(dial.Trust!.Authorities);
        Assert.Equal(fingerprint, config.Links[1].Tls!.Trust!.Fingerprint);
        Assert.Null(config.Links[1].Tls!.Certificate);
    }

    [Fact]
    public void A_link_without_tls_stays_plain()
    {
        var config = StationConfigLoader.Parse(Station(null, null, null), _dir);

        Assert.Null(config.Tls);
        Assert.All(config.Links, l => Assert.Null(l.Tls));
    }

    public static TheoryData<string, string> Faults => new()
    {
        { "missing certificate file", "links[0].tls.certificate" },
        { "certificate without its key", "links[0].tls.certificate" },
        { "key that is not a key", "links[0].tls.key" },
        { "trust that is neither", "links[0].tls.trust" },
        { "unknown key", "links[0].tls.trusted" },
        { "certificate on an accepting link", "links[1].tls.certificate" },
        { "accepting link without a listener certificate", "tls" },
        { "listener without certificate", "tls.certificate" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void A_fault_is_named_by_its_key_before_anything_starts(string fault, string key)
    {
        File.WriteAllText(Path.Combine(_dir, "junk.txt"), "not a certificate");
        var listener = new { certificate = "RUEHAST.pem", key = "RUEHAST.key" };
        var json = fault switch
        {
            "missing certificate file" => Station(null, new { certificate = "nowhere.pem", key = "RUEHAST.key" }, null),
            "certificate without its key" => Station(null, new { certificate = "RUEHAST.pem" }, null),
            "key that is not a key" => Station(null, new { certificate = "RUEHAST.pem", key = "junk.txt" }, null),
            "trust that is neither" => Station(null, new { trust = "junk.txt" }, null),
            "unknown key" => Station(null, new { trusted = "ca.pem" }, null),
            "certificate on an accepting link" => Station(listener, null, new { certificate = "RUEHAST.pem", key = "RUEHAST.key" }),
            "accepting link without a listener certificate" => Station(null, null, new { trust = "ca.pem" }),
            "listener without certificate" => Station(new { key = "RUEHAST.key" }, null, null),
            _ => throw new ArgumentException(fault),
        };

        var error = Assert.Throws<StationConfigException>(() => StationConfigLoader.Parse(json, _dir));

        Assert.Equal(key, error.Key);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }
}
