using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Chancery.Relay.Configuration;

namespace Chancery.Relay.Station;

/// <summary>
/// TLS on the links (configuration keys <c>tls</c> and <c>links[].tls</c>): the dialling side authenticates the
/// neighbour's server certificate during the handshake; the accepting side, which learns which link a connection
/// is only from its greeting, asks for a client certificate during the handshake and checks it against that
/// link's trust once the greeting names the neighbour.
/// </summary>
internal static class LinkSecurity
{
    private const byte TlsHandshakeRecord = 0x16;

    /// <summary>Opens TLS over a connection this station dialled; throws <see cref="AuthenticationException"/> naming why the neighbour was refused.</summary>
    public static async Task<SslStream> ConnectAsync(Stream connection, LinkTls tls, string host, CancellationToken ct)
    {
        string? refusal = null;
        var ssl = new SslStream(connection, leaveInnerStreamOpen: false);
        var options = new SslClientAuthenticationOptions
        {
            TargetHost = tls.ServerName ?? host,
            RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
            {
                refusal = CheckServer(certificate, errors, tls);
                return refusal is null;
            },
        };
        if (tls.Certificate is { } mine)
        {
            options.ClientCertificates = [mine];
            options.LocalCertificateSelectionCallback = (_, _, _, _, _) => mine;
        }
        try
        {
            await ssl.AuthenticateAsClientAsync(options, ct).ConfigureAwait(false);
            return ssl;
        }
        catch (AuthenticationException e)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw new AuthenticationException(refusal ?? e.Message, e);
        }
        catch
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Whether the first byte a neighbour sent opens a TLS handshake (plain ACP-127 text never starts so). Does not consume it.</summary>
    public static async Task<bool> OffersTlsAsync(Socket socket, CancellationToken ct)
    {
        var first = new byte[1];
        var n = await socket.ReceiveAsync(first, SocketFlags.Peek, ct).ConfigureAwait(false);
        return n == 1 && first[0] == TlsHandshakeRecord;
    }

    /// <summary>Opens TLS over an accepted connection with the listener's certificate, asking for (not yet checking) a client certificate.</summary>
    public static async Task<SslStream> AcceptAsync(Stream connection, ListenerTls tls, CancellationToken ct)
    {
        var ssl = new SslStream(connection, leaveInnerStreamOpen: false);
        try
        {
            await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
            {
                ServerCertificate = tls.Certificate,
                ClientCertificateRequired = true,
                // Checked against the link's trust once the greeting says which link this is (CheckIncoming).
                RemoteCertificateValidationCallback = (_, _, _, _) => true,
            }, ct).ConfigureAwait(false);
            return ssl;
        }
        catch
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Why a connection that greeted as the neighbour of <paramref name="link"/> is refused, or null when it may run the link.</summary>
    public static string? CheckIncoming(LinkConfig link, SslStream? ssl)
    {
        if (link.Tls is not { } tls) return null;
        if (ssl is null) return "a plain connection on a link that requires TLS";
        if (tls.Trust is not { } trust) return null;
        if (ssl.RemoteCertificate is not { } presented) return "no client certificate (the link requires one)";
        using var certificate = X509CertificateLoader.LoadCertificate(presented.GetRawCertData());
        return CheckTrust(certificate, trust);
    }

    private static string? CheckServer(X509Certificate? presented, SslPolicyErrors errors, LinkTls tls)
    {
        if (presented is null) return "the neighbour presented no certificate";
        if (tls.Trust is not { } trust)
            return errors == SslPolicyErrors.None ? null : $"the neighbour's certificate ({presented.Subject}) is not trusted: {errors}";
        if (tls.ServerName is not null && trust.Fingerprint is null && errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
            return $"the neighbour's certificate ({presented.Subject}) is not issued to {tls.ServerName}";
        using var certificate = X509CertificateLoader.LoadCertificate(presented.GetRawCertData());
        return CheckTrust(certificate, trust);
    }

    /// <summary>Why <paramref name="certificate"/> is not accepted by <paramref name="trust"/>, or null when it is.</summary>
    internal static string? CheckTrust(X509Certificate2 certificate, TlsTrust trust)
    {
        if (trust.Fingerprint is { } pinned)
        {
            var actual = certificate.GetCertHashString(HashAlgorithmName.SHA256);
            return string.Equals(actual, pinned, StringComparison.OrdinalIgnoreCase) ? null
                : $"certificate {certificate.Subject} (SHA-256 {actual}) is not the pinned one";
        }
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trust.Authorities);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (chain.Build(certificate)) return null;
        var why = string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation.Trim()).Where(s => s.Length > 0).Distinct());
        return $"certificate {certificate.Subject} is not issued by a trusted authority ({why})";
    }
}
