using Chancery.Archive;

namespace Chancery.Web;

/// <summary>What the web application serves and where.</summary>
public sealed record WebOptions
{
    /// <summary>The archive to serve; owned by the caller (the web application never disposes it).</summary>
    public required IArchiveStore Store { get; init; }

    /// <summary>Addresses to listen on, separated by <c>;</c> (ignored under a test server).</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Listen with Kestrel on <see cref="Urls"/>; false when a test server hosts the site.</summary>
    public bool Listen { get; init; } = true;

    /// <summary>The clock the pages show times by.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// A relay station running beside the site (<c>chancery serve --relay</c>): shown on the comm-centre page and under
    /// <c>/api/v1/relay</c>. Started and disposed by the caller; null for none.
    /// </summary>
    public Chancery.Relay.Station.RelayStation? Station { get; init; }

    /// <summary>Log each request (off by default: a busy archive would drown the log).</summary>
    public bool LogRequests { get; init; }
}
