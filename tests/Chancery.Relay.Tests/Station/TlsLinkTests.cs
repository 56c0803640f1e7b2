using System.Security.Cryptography;
using System.Text.Json;
using Chancery.Cables;
using Chancery.Relay.Configuration;
using Chancery.Relay.Tests.Support;

namespace Chancery.Relay.Tests.Station;

/// <summary>Optional TLS per link: mutual authentication where configured, wrong certificates refused and counted, other links unaffected.</summary>
public sealed class TlsLinkTests : IAsyncDisposable
{
    private readonly TestNetwork _net = new();
    private readonly string _certs = Directory.CreateTempSubdirectory("chancery-relay-tls-").FullName;

    public async ValueTask DisposeAsync()
    {
        await _net.DisposeAsync();
        Directory.Delete(_certs, recursive: true);
    }

    /// <summary>Loads a station from configuration JSON (as the CLI would), into the test network's data folder.</summary>
    private void Define(string ri, object json)
    {
        var config = StationConfigLoader.Parse(JsonSerializer.Serialize(json), _certs);
        _net.Configs[ri] = config with { DataDirectory = _net.DataDirectory(ri), Timers = TestNetwork.FastTimers with { HandshakeSeconds = 2, RedialSeconds = 0.3 } };
    }

    [Fact]
    public async Task Mutually_authenticated_links_carry_traffic_while_a_wrong_certificate_is_refused_on_either_side_and_counted()
    {
        var pki = new TestCertificates(_certs);
        var hubCert = pki.Issue("RUEHC");
        var astanaCert = pki.Issue("RUEHAST");
        var rogue = new TestCertificates(Path.Combine(_certs, "rogue"), "ROGUE CA").Issue("RUEHTA");
        var port = Ports.Free();
        var endpoint = $"127.0.0.1:{port}";
        Define("RUEHC", new
        {
            routingIndicator = "RUEHC", address = "SECSTATE WASHDC", listen = endpoint, dataDirectory = "x", serves = new[] { "RUEHC" },
            tls = new { certificate = hubCert.Certificate, key = hubCert.Key },
            links = new object[]
            {
                new { name = "astana", neighbor = "RUEHAST", channel = "WAA", tls = new { trust = pki.AuthorityPath } },
                new { name = "almaty", neighbor = "RUEHTA", channel = "WAT", tls = new { trust = pki.AuthorityPath } },
                new { name = "kabul", neighbor = "RUEHBUL", channel = "WAK" },
                new { name = "dushanbe", neighbor = "RUEHDBU", channel = "WAD" },
            },
            routes = new object[]
            {
                new { prefix = "RUEHAST", link = "astana" }, new { prefix = "RUEHTA", link = "almaty" },
                new { prefix = "RUEHBUL", link = "kabul" }, new { prefix = "RUEHDBU", link = "dushanbe" },
            },
        });
        Define("RUEHAST", Dialler("RUEHAST", endpoint, new { certificate = astanaCert.Certificate, key = astanaCert.Key, trust = pki.AuthorityPath }));
        // Almaty shows a certificate from another authority: the hub refuses it after the handshake.
        Define("RUEHTA", Dialler("RUEHTA", endpoint, new { certificate = rogue.Certificate, key = rogue.Key, trust = pki.AuthorityPath }));
        // Kabul dials in plain TCP: a link without tls is not touched by the others'.
        Define("RUEHBUL", Dialler("RUEHBUL", endpoint, null));
        // Dushanbe pins a fingerprint that is not the hub's: it refuses the hub's certificate itself.
        Define("RUEHDBU", Dialler("RUEHDBU", endpoint, new { trust = Convert.ToHexString(SHA256.HashData(rogue.Issued.RawData)) }));
        await _net.StartAllAsync();

        var released = await _net.Stations["RUEHAST"].ReleaseAsync(TestCables.Text(TestCables.Simple("ASTANA", 1, Precedence.Immediate, "RUEHC", "RUEHBUL")));
        Assert.Null(Assert.Single(released).Error);
        await _net.Stations["RUEHTA"].ReleaseAsync(TestCables.Text(TestCables.Simple("ALMATY", 1, Precedence.Immediate, "RUEHC")));

        await _net.WaitUntilAsync(() => _net.Stations["RUEHBUL"].GetDelivered().Count == 1, TimeSpan.FromSeconds(30), "Astana's cable at Kabul, over TLS then plain TCP");
        await _net.WaitUntilAsync(() => Logged("RUEHC: link almaty: refused") >= 2, TimeSpan.FromSeconds(30), "the hub refusing Almaty's certificate twice");
        await _net.WaitUntilAsync(() => _net.Stations["RUEHDBU"].GetStatus().Counters.GetValueOrDefault("tlsRefused") >= 1, TimeSpan.FromSeconds(30), "Dushanbe refusing the hub's certificate");

        var hub = _net.Stations["RUEHC"].GetStatus();
        Assert.True(hub.Counters["tlsRefused"] >= 2);
        Assert.Equal(["26ASTANA1"], _net.Stations["RUEHC"].GetDelivered().Select(d => d.ReferenceId));
        Assert.True(hub.Links.Single(l => l.Name == "astana").Up);
        Assert.True(hub.Links.Single(l => l.Name == "kabul").Up);
        Assert.False(hub.Links.Single(l => l.Name == "almaty").Up);
        Assert.False(hub.Links.Single(l => l.Name == "dushanbe").Up);
        lock (_net.Log)
        {
            Assert.Contains(_net.Log, line => line.StartsWith("RUEHC: link almaty: refused", StringComparison.Ordinal) && line.Contains("not issued by a trusted authority", StringComparison.Ordinal));
            Assert.Contains(_net.Log, line => line.StartsWith("RUEHDBU: link washington: refused", StringComparison.Ordinal) && line.Contains("is not the pinned one", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_plain_connection_on_a_link_that_requires_tls_is_refused()
    {
        var pki = new TestCertificates(_certs);
        var hubCert = pki.Issue("RUEHC");
        var port = Ports.Free();
        Define("RUEHC", new
        {
            routingIndicator = "RUEHC", address = "SECSTATE WASHDC", listen = $"127.0.0.1:{port}", dataDirectory = "x", serves = new[] { "RUEHC" },
            tls = new { certificate = hubCert.Certificate, key = hubCert.Key },
            links = new object[] { new { name = "astana", neighbor = "RUEHAST", channel = "WAA", tls = new { } } },
            routes = new object[] { new { prefix = "RUEHAST", link = "astana" } },
        });
        Define("RUEHAST", Dialler("RUEHAST", $"127.0.0.1:{port}", null));
        await _net.StartAllAsync();

        await _net.WaitUntilAsync(() => _net.Stations["RUEHC"].GetStatus().Counters.GetValueOrDefault("tlsRefused") >= 1, TimeSpan.FromSeconds(30), "the plain connection refused");

        // The refusal is counted before it is logged: wait for the line rather than expect it at once.
        await _net.WaitUntilAsync(() => LoggedContaining("a plain connection on a link that requires TLS") >= 1, TimeSpan.FromSeconds(30),
            "the refusal in the log");
        Assert.False(_net.Stations["RUEHC"].GetStatus().Links.Single().Up);
    }

    private int LoggedContaining(string text)
    {
        lock (_net.Log) return _net.Log.Count(line => line.Contains(text, StringComparison.Ordinal));
    }

    private int Logged(string start)
    {
        lock (_net.Log) return _net.Log.Count(line => line.StartsWith(start, StringComparison.Ordinal));
    }

    private static object Dialler(string ri, string hub, object? tls) => new
    {
        routingIndicator = ri, address = "STATION " + ri, dataDirectory = "x", serves = new[] { ri },
        links = new object[] { tls is null
            ? new { name = "washington", neighbor = "RUEHC", endpoint = hub, channel = ri[4..].PadRight(3, 'X')[..3] }
            : new { name = "washington", neighbor = "RUEHC", endpoint = hub, channel = ri[4..].PadRight(3, 'X')[..3], tls } },
        routes = new object[] { new { prefix = "", link = "washington" } },
    };
}
