using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Chancery.Relay.Tests.Support;

/// <summary>What the proxy does to the transmissions it carries (probabilities per transmission, seeded).</summary>
internal sealed record Faults(double Drop = 0, double Duplicate = 0, double Reorder = 0, double Garble = 0, double Delay = 0, int CutEvery = 0);

/// <summary>
/// A TCP proxy between two stations on loopback that cuts the byte stream into transmissions (VZCZC..NNNN) and,
/// at random but seeded, drops, duplicates, reorders, garbles (strips NNNN), delays them and cuts the connection.
/// Greetings (the first transmission each way) pass untouched so that a connection can be made at all.
/// </summary>
internal sealed class FaultProxy : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly int _target;
    private readonly Random _random;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<TcpClient> _open = [];
    private readonly Task _loop;
    private int _transmissions;

    public FaultProxy(int targetPort, Faults faults, int seed)
    {
        _target = targetPort;
        Faults = faults;
        _random = new Random(seed);
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _loop = AcceptAsync();
    }

    public Faults Faults { get; set; }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Dropped, Duplicated, Reordered, Garbled, Cuts;

    /// <summary>Closes every connection now (the stations must reconnect and resume).</summary>
    public void CutAll()
    {
        lock (_open)
        {
            foreach (var c in _open) c.Dispose();
            _open.Clear();
        }
        Interlocked.Increment(ref Cuts);
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient inbound;
            try { inbound = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception) { return; }
            var outbound = new TcpClient();
            try { await outbound.ConnectAsync(IPAddress.Loopback, _target, _stop.Token); }
            catch (Exception) { inbound.Dispose(); outbound.Dispose(); continue; }
            lock (_open) { _open.Add(inbound); _open.Add(outbound); }
            _ = PumpAsync(inbound, outbound);
            _ = PumpAsync(outbound, inbound);
        }
    }

    private async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try
        {
            var reader = new StreamReader(from.GetStream(), Encoding.Latin1);
            var output = to.GetStream();
            var frame = new StringBuilder();
            string? held = null;
            var first = true;
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                frame.Append(line).Append('\n');
                if (line.Trim() != "NNNN") continue;
                var text = frame.ToString();
                frame.Clear();
                if (first) { first = false; await WriteAsync(output, text); continue; }
                var faults = Faults;
                if (faults.CutEvery > 0 && Interlocked.Increment(ref _transmissions) % faults.CutEvery == 0)
                {
                    Interlocked.Increment(ref Cuts);
                    break;
                }
                double roll;
                lock (_random) roll = _random.NextDouble();
                if ((roll -= faults.Drop) < 0) { Interlocked.Increment(ref Dropped); continue; }
                if ((roll -= faults.Garble) < 0) { Interlocked.Increment(ref Garbled); text = text[..text.LastIndexOf("NNNN", StringComparison.Ordinal)]; }
                else if ((roll -= faults.Duplicate) < 0) { Interlocked.Increment(ref Duplicated); text += text; }
                else if ((roll -= faults.Reorder) < 0 && held is null) { Interlocked.Increment(ref Reordered); held = text; continue; }
                else if ((roll -= faults.Delay) < 0) await Task.Delay(20);
                await WriteAsync(output, text);
                if (held is not null) { await WriteAsync(output, held); held = null; }
            }
        }
        catch (Exception)
        {
            // A cut connection ends the pump; the stations reconnect.
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }

    private static Task WriteAsync(NetworkStream stream, string text) => stream.WriteAsync(Encoding.Latin1.GetBytes(text)).AsTask();

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        CutAll();
        try { await _loop; } catch (Exception) { }
    }
}
