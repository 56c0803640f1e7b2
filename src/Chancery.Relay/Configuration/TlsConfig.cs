using System.Security.Cryptography.X509Certificates;

namespace Chancery.Relay.Configuration;

/// <summary>
/// TLS on one link (extension key <c>links[].tls</c>). On a link this station dials it is the client side:
/// <see cref="Certificate"/>, when given, is presented to the neighbour (mutual authentication) and
/// <see cref="Trust"/> decides which server certificates are accepted (the system's store and the
/// <see cref="ServerName"/> when null). On a link the neighbour dials in on it requires TLS, and <see cref="Trust"/>,
/// when given, requires the neighbour's client certificate and decides which are accepted; the certificate
/// presented there is the listener's (<see cref="StationConfig.Tls"/>).
/// </summary>
/// <param name="Certificate">This station's certificate for the link, with its private key, or null.</param>
/// <param name="Trust">Which certificates of the neighbour are accepted, or null (see above).</param>
/// <param name="ServerName">The name the neighbour's server certificate must be issued to (dialling side), or null.</param>
public sealed record LinkTls(X509Certificate2? Certificate, TlsTrust? Trust, string? ServerName);

/// <summary>TLS on the listener (extension key <c>tls</c>): the certificate presented to neighbours that dial in with TLS.</summary>
/// <param name="Certificate">The listener's certificate, with its private key.</param>
public sealed record ListenerTls(X509Certificate2 Certificate);

/// <summary>Which certificates of a neighbour are accepted: those issued by one of <see cref="Authorities"/>, or the one certificate with <see cref="Fingerprint"/>.</summary>
/// <param name="Authorities">Certificate authorities (a PEM file's certificates); empty when a fingerprint is pinned.</param>
/// <param name="Fingerprint">The SHA-256 fingerprint of the only certificate accepted (upper-case hex, no colons), or null.</param>
public sealed record TlsTrust(X509Certificate2Collection Authorities, string? Fingerprint);
