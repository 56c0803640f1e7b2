using System.Net;
using System.Text;
using System.Text.Json;
using Chancery.Relay.Configuration;
using Chancery.Relay.Station;

namespace Chancery.Relay.Control;

/// <summary>
/// The station's loopback HTTP control endpoint (contract <c>relay.md</c>): <c>POST /send</c> (cable text in the
/// body; JSON outcomes back), <c>GET /status</c> (JSON), <c>GET /delivered</c> (JSON Lines). Bad requests get a
/// 4xx problem-details answer.
/// </summary>
internal sealed class ControlServer : IAsyncDisposable
{
    private const int MaxBody = 16 * 1024 * 1024;

    private readonly RelayStation _station;
    private readonly HttpListener _listener = new();
    private Task? _loop;

    public ControlServer(RelayStation station, HostPort endpoint)
    {
        _station = station;
        Port = endpoint.Port;
        _listener.Prefixes.Add($"http://{endpoint}/");
    }

    public int Port { get; }

    public void Start()
    {
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        try
        {
            var path = request.Url?.AbsolutePath.TrimEnd('/') ?? "";
            switch (request.HttpMethod, path)
            {
                case ("POST", "/send"):
                    if (request.ContentLength64 > MaxBody) { await ProblemAsync(response, 413, "the body is larger than 16 MB"); return; }
                    string text;
                    using (var reader = new StreamReader(request.InputStream, Encoding.UTF8)) text = await reader.ReadToEndAsync().ConfigureAwait(false);
                    if (text.Length > MaxBody) { await ProblemAsync(response, 413, "the body is larger than 16 MB"); return; }
                    if (string.IsNullOrWhiteSpace(text)) { await ProblemAsync(response, 400, "no cable text in the body"); return; }
                    var outcomes = await _station.ReleaseAsync(text, request.QueryString["source"]).ConfigureAwait(false);
                    await JsonAsync(response, 200, new { results = outcomes });
                    return;
                case ("GET", "/status"):
                    await JsonAsync(response, 200, StatusJson.Of(_station.GetStatus()));
                    return;
                case ("GET", "/delivered"):
                    response.ContentType = "application/x-ndjson";
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
                    await WriteAsync(response, 200, lines.ToString());
                    return;
                default:
                    await ProblemAsync(response, 404, $"no {request.HttpMethod} {path} (POST /send, GET /status, GET /delivered)");
                    return;
            }
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
        }
        finally
        {
            try { response.Close(); } catch (ObjectDisposedException) { }
        }
    }

    private static Task JsonAsync(HttpListenerResponse response, int status, object value)
    {
        response.ContentType = "application/json";
        return WriteAsync(response, status, JsonSerializer.Serialize(value, StatusJson.Options));
    }

    private static Task ProblemAsync(HttpListenerResponse response, int status, string detail)
    {
        response.ContentType = "application/problem+json";
        return WriteAsync(response, status, JsonSerializer.Serialize(new { type = "about:blank", title = "Bad request", status, detail }));
    }

    private static async Task WriteAsync(HttpListenerResponse response, int status, string body)
    {
        response.StatusCode = status;
        var bytes = Encoding.UTF8.GetBytes(body);
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        try { _listener.Stop(); _listener.Close(); } catch (ObjectDisposedException) { }
        if (_loop is not null) await _loop.ConfigureAwait(false);
    }
}
