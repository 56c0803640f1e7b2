using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Chancery.Relay.Configuration;
using Chancery.Relay.Station;

namespace Chancery.Relay.Control;

/// <summary>
/// The station's loopback HTTP control endpoint (contract <c>relay.md</c>): <c>POST /send</c> (cable text in the
/// body; JSON outcomes back), <c>GET /status</c> (JSON), <c>GET /delivered</c> (JSON Lines). Bad requests get a
/// 4xx problem-details answer. A small HTTP/1.1 server (one request per connection, Content-Length bodies):
/// <see cref="HttpListener"/> on Linux fails when a client connects while it starts.
/// </summary>
internal sealed class ControlServer : IAsyncDisposable
{
    private const int MaxBody = 16 * 1024 * 1024;
    private const int MaxHeader = 16 * 1024;

    private readonly RelayStation _station;
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public ControlServer(RelayStation station, HostPort endpoint)
    {
        _station = station;
        _listener = new TcpListener(IPAddress.Parse(endpoint.Host), endpoint.Port);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void Start()
    {
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                if (_stop.IsCancellationRequested) return;
                continue;
            }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token))
        {
            timeout.CancelAfter(TimeSpan.FromMinutes(5));
            var stream = client.GetStream();
            try
            {
                var request = await HttpRequest.ReadAsync(stream, MaxHeader, MaxBody, timeout.Token).ConfigureAwait(false);
                var (status, type, body) = request.Error is { } error
                    ? Problem(request.ErrorStatus, error)
                    : await HandleAsync(request).ConfigureAwait(false);
                var bytes = Encoding.UTF8.GetBytes(body);
                var head = $"HTTP/1.1 {status} {Reason(status)}\r\nContent-Type: {type}\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head), timeout.Token).ConfigureAwait(false);
                await stream.WriteAsync(bytes, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
            }
        }
    }

    private async Task<(int, string, string)> HandleAsync(HttpRequest request)
    {
        switch (request.Method, request.Path)
        {
            case ("POST", "/send"):
                var text = Encoding.UTF8.GetString(request.Body);
                if (string.IsNullOrWhiteSpace(text)) return Problem(400, "no cable text in the body");
                var outcomes = await _station.ReleaseAsync(text, request.Query("source")).ConfigureAwait(false);
                return (200, "application/json", JsonSerializer.Serialize(new { results = outcomes }, StatusJson.Options));
            case ("GET", "/status"):
                return (200, "application/json", JsonSerializer.Serialize(StatusJson.Of(_station.GetStatus()), StatusJson.Options));
            case ("GET", "/delivered"):
                var lines = new StringBuilder();
                foreach (var d in _station.GetDelivered())
                    lines.Append(JsonSerializer.Serialize(new
                    {
                        referenceId = d.ReferenceId,
                        stationSerial = d.StationSerial,
                        section = d.Section,
                        routingIndicators = d.RoutingIndicators,
                        precedence = d.Precedence,
                        receivedAt = d.ReceivedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
                        originatingStation = d.OriginatingStation,
                    })).Append('\n');
                return (200, "application/x-ndjson", lines.ToString());
            default:
                return Problem(404, $"no {request.Method} {request.Path} (POST /send, GET /status, GET /delivered)");
        }
    }

    private static (int, string, string) Problem(int status, string detail) =>
        (status, "application/problem+json", JsonSerializer.Serialize(new { type = "about:blank", title = Reason(status), status, detail }));

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        411 => "Length Required",
        413 => "Content Too Large",
        _ => "Error",
    };

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        if (_loop is not null) await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }
}
