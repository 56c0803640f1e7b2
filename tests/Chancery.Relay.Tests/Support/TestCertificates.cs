using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Chancery.Relay.Tests.Support;

/// <summary>Certificates made for a test (an authority and what it issues), written as PEM files into a folder.</summary>
internal sealed class TestCertificates
{
    private readonly string _folder;
    private readonly DateTimeOffset _now = TimeProvider.System.GetUtcNow();
    private readonly X509Certificate2 _authority;
    private readonly ECDsa _authorityKey;
    private int _serial;

    public TestCertificates(string folder, string authorityName = "CHANCERY TEST CA")
    {
        _folder = folder;
        Directory.CreateDirectory(folder);
        _authorityKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={authorityName}", _authorityKey, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        _authority = request.CreateSelfSigned(_now.AddDays(-1), _now.AddYears(1));
        AuthorityPath = Path.Combine(folder, "ca.pem");
        File.WriteAllText(AuthorityPath, _authority.ExportCertificatePem());
    }

    /// <summary>The authority's certificate (PEM file): what a link's <c>trust</c> names.</summary>
    public string AuthorityPath { get; }

    /// <summary>Issues a certificate for <paramref name="name"/> (also valid for 127.0.0.1 and localhost), signed by the authority, or self-signed when <paramref name="selfSigned"/>.</summary>
    public (string Certificate, string Key, X509Certificate2 Issued) Issue(string name, bool selfSigned = false)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], false));
        X509Certificate2 issued;
        if (selfSigned)
        {
            issued = request.CreateSelfSigned(_now.AddDays(-1), _now.AddYears(1));
        }
        else
        {
            using var unsigned = request.Create(_authority, _now.AddDays(-1), _now.AddYears(1), BitConverter.GetBytes(++_serial));
            issued = unsigned.CopyWithPrivateKey(key);
        }
        var certificate = Path.Combine(_folder, name + ".pem");
        var keyFile = Path.Combine(_folder, name + ".key");
        File.WriteAllText(certificate, issued.ExportCertificatePem());
        File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem());
        return (certificate, keyFile, issued);
    }
}
