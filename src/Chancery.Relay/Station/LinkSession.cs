using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;
using Chancery.Cables;
using Chancery.Relay.Configuration;
using Chancery.Relay.Lanes;
using Chancery.Relay.Wire;

namespace Chancery.Relay.Station;

/// <summary>
/// One link to a neighbour station and its procedures (FORMAT_SPEC §2.3-2.6): the precedence lanes of what waits
/// for it, numbering with continuous channel serials, the window of transmissions sent and not yet receipted,
/// retransmission with backoff, and on the receiving side continuity checks, receipts (<c>ZID</c>) and the
/// service messages for gaps (<c>ZFX</c>), garbles (<c>ZES2</c>) and duplicates (<c>ZFD</c>). A connection that
/// drops is replaced by the next one (dialled again, or accepted) and the link resumes where the receiver says.
/// Lanes, window and serials are guarded by the station's lock.
/// </summary>
internal sealed class LinkSession
{
    // FLASH and IMMEDIATE may go beyond a full window by this much: they never wait for ROUTINE receipts.
    private const int UrgentHeadroom = 32;
    private const int MaxBatchBytes = 64 * 1024;

    private readonly RelayStation _station;
    private readonly object _sync;
    // Sent and not yet receipted, in serial order, each with when it last went out (TimeProvider timestamp).
    private readonly List<(int Serial, OutgoingCopy Copy, long SentAt)> _window = [];
    private readonly InFlightLimit _limit = new();
    private readonly ConcurrentQueue<string> _service = new();
    private readonly AsyncSignal _wake = new();
    private int _nextSerial = 1;
    // Index in the window from which copies go out again under their own serials (-1: none). A number, once
    // used, always carries the same copy until it is receipted: the receiver may already hold it.
    private int _resendFrom = -1;
    private CancellationTokenSource? _connection;
    private TimeSpan _rto;
    private DateTimeOffset _lastProgress;

    public LinkSession(RelayStation station, LinkConfig config, int lastSerialReceived)
    {
        _station = station;
        _sync = station.Sync;
        Config = config;
        LastSerialReceived = lastSerialReceived;
        _rto = TimeSpan.FromSeconds(config is null ? 1 : station.Config.Timers.RetransmitSeconds);
        DownSince = station.Time.GetUtcNow();
    }

    public LinkConfig Config { get; }

    /// <summary>What waits for this link (guarded by the station lock).</summary>
    public PrecedenceLanes<OutgoingCopy> Lanes { get; } = new();

    public volatile bool Up;

    public DateTimeOffset DownSince { get; private set; }

    /// <summary>Copies sent for the first time; copies received in sequence; copies sent again.</summary>
    public long Sent, Received, Retransmitted;

    public int LastSerialSent { get; private set; }

    /// <summary>The last serial received in sequence and on disk: what ZID reports.</summary>
    public int LastSerialReceived { get; private set; }

    public ConcurrentDictionary<string, long> ServiceSent { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, long> ServiceReceived { get; } = new(StringComparer.Ordinal);

    /// <summary>Copies sent and not yet receipted (guarded by the station lock).</summary>
    public int InFlight => _window.Count;

    /// <summary>How many ROUTINE and PRIORITY copies may be in flight now (guarded by the station lock).</summary>
    public int Window => _limit.Current;

    /// <summary>Wakes the sender (something was queued).</summary>
    public void Wake() => _wake.Set();

    /// <summary>Takes every copy off this link, waiting and in flight (guarded by the station lock): for failover.</summary>
    public List<OutgoingCopy> TakeAll()
    {
        var all = _window.Select(w => w.Copy).ToList();
        _window.Clear();
        _resendFrom = -1;
        all.AddRange(Lanes.RemoveWhere(_ => true).Select(x => x.Item));
        return all;
    }

    /// <summary>The ZID greeting that opens a connection: names this station and the last serial received.</summary>
    public string Greeting() => Service(Precedence.Routine, "ZID", ServiceMessage.ChannelNumber(Config.Channel, LastSerialReceived), count: true);

    /// <summary>Runs one connection until it drops or the station stops. <paramref name="peerLastReceived"/> is the serial the neighbour's greeting gave.</summary>
    public async Task RunAsync(Stream stream, FrameReader reader, int peerLastReceived, CancellationToken stopping)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var previous = Interlocked.Exchange(ref _connection, cts);
        previous?.Cancel();
        lock (_sync)
        {
            AcknowledgeThrough(peerLastReceived);
            ResumeAfter(peerLastReceived);
            _limit.Reset();
            _lastProgress = _station.Time.GetUtcNow();
            Up = true;
        }
        _station.Log($"link {Config.Name}: up ({Config.Neighbor}), resuming at {Config.Channel}{_nextSerial:D4}");
        _station.OnLinkChanged();
        var acks = Channel.CreateUnbounded<(int Serial, Task<AcceptOutcome> Commit)>(new UnboundedChannelOptions { SingleReader = true });
        var tasks = new[]
        {
            SendLoopAsync(stream, cts.Token),
            ReceiveLoopAsync(reader, acks.Writer, cts.Token),
            ReceiptLoopAsync(acks.Reader, cts.Token),
            TimerLoopAsync(cts.Token),
        };
        try
        {
            await Task.WhenAny(tasks).ConfigureAwait(false);
        }
        finally
        {
            cts.Cancel();
            stream.Dispose();
            try { await Task.WhenAll(tasks).ConfigureAwait(false); } catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException) { }
            Interlocked.CompareExchange(ref _connection, null, cts);
            if (_connection is null)
            {
                lock (_sync)
                {
                    Up = false;
                    DownSince = _station.Time.GetUtcNow();
                }
                _station.Log($"link {Config.Name}: down");
                _station.OnLinkChanged();
            }
        }
    }

    private async Task SendLoopAsync(Stream stream, CancellationToken ct)
    {
        var batch = new StringBuilder();
        var bytes = new byte[MaxBatchBytes * 2];
        while (!ct.IsCancellationRequested)
        {
            await _wake.WaitAsync(TimeSpan.FromMilliseconds(250), _station.Time, ct).ConfigureAwait(false);
            while (!ct.IsCancellationRequested)
            {
                batch.Clear();
                while (batch.Length < MaxBatchBytes && _service.TryDequeue(out var svc)) batch.Append(svc);
                var copies = 0;
                lock (_sync)
                {
                    while (batch.Length < MaxBatchBytes && _resendFrom >= 0 && _resendFrom < _window.Count)
                    {
                        var (serial, copy, _) = _window[_resendFrom];
                        _window[_resendFrom++] = (serial, copy, _station.Time.GetTimestamp());
                        AppendCopy(batch, serial, copy);
                        copy.Transmissions++;
                        Interlocked.Increment(ref Retransmitted);
                        _station.Metrics.Retransmitted(Config.Name);
                    }
                    if (_resendFrom >= _window.Count) _resendFrom = -1;
                    // FLASH waits behind at most this batch: every dequeue takes the highest lane first.
                    while (_resendFrom < 0 && batch.Length < MaxBatchBytes && HasRoomFor(Lanes.HighestWaiting) && Lanes.TryDequeue(out var copy, out _))
                    {
                        var serial = _nextSerial;
                        _nextSerial = ChannelSerial.Next(serial);
                        if (_window.Count == 0) _lastProgress = _station.Time.GetUtcNow();
                        _window.Add((serial, copy, _station.Time.GetTimestamp()));
                        AppendCopy(batch, serial, copy);
                        LastSerialSent = serial;
                        if (copy.Transmissions++ == 0) copies++;
                    }
                }
                if (batch.Length == 0) break;
                // One buffer reused for every batch: Latin-1 is one byte per character.
                if (bytes.Length < batch.Length) bytes = new byte[Math.Max(batch.Length, bytes.Length * 2)];
                var length = 0;
                foreach (var chunk in batch.GetChunks()) length += Encoding.Latin1.GetBytes(chunk.Span, bytes.AsSpan(length));
                await stream.WriteAsync(bytes.AsMemory(0, length), ct).ConfigureAwait(false);
                await stream.FlushAsync(ct).ConfigureAwait(false);
                Interlocked.Add(ref Sent, copies);
                _station.Metrics.Sent(Config.Name, copies);
            }
        }
    }

    private void AppendCopy(StringBuilder batch, int serial, OutgoingCopy copy)
    {
        TransmissionText.AppendTo(batch, Config.Channel, serial, copy.Precedence, copy.Indicators, copy.Tail.Span);
        if (!copy.Tail.Span.EndsWith("NNNN\n", StringComparison.Ordinal)) batch.Append("NNNN\n");
    }

    /// <summary>Whether the window takes one more copy of <paramref name="precedence"/> (null: nothing waits).</summary>
    private bool HasRoomFor(Precedence? precedence) => precedence switch
    {
        null => false,
        >= Precedence.Immediate => _window.Count < _limit.Current + UrgentHeadroom,
        _ => _window.Count < _limit.Current,
    };

    private async Task ReceiveLoopAsync(FrameReader reader, ChannelWriter<(int, Task<AcceptOutcome>)> acks, CancellationToken ct)
    {
        var expected = ChannelSerial.Next(LastSerialReceived);
        var awaitingRerun = false;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var frame = await reader.ReadAsync(ct).ConfigureAwait(false);
                if (frame is null) return;
                _lastTraffic = _station.Time.GetUtcNow();
                if (frame.Kind == FrameKind.Garbled)
                {
                    _station.Counters.Add("garbled");
                    _station.Log($"link {Config.Name}: garbled transmission {frame.FirstLine} ({frame.Reason})");
                    var garbledSerial = SerialOf(frame.FirstLine);
                    if (garbledSerial is null || garbledSerial == expected)
                    {
                        if (!awaitingRerun) Send(Precedence.Immediate, "ZES2", ServiceMessage.ChannelNumber(Config.Channel, expected));
                        awaitingRerun = true;
                    }
                    continue;
                }
                if (ServiceMessage.TryParse(frame.Text, out var service))
                {
                    HandleService(service);
                    continue;
                }
                var serial = SerialOf(frame.FirstLine);
                if (serial is null)
                {
                    // No channel number (§432): released all the same, reported with ZFT; continuity is untouched.
                    _station.Counters.Add("unnumbered");
                    Send(Precedence.Priority, "ZFT", "");
                    await acks.WriteAsync((0, _station.AcceptFromLinkAsync(frame.Text, Config.Name, 0)), ct).ConfigureAwait(false);
                    continue;
                }
                if (serial == expected)
                {
                    awaitingRerun = false;
                    expected = ChannelSerial.Next(serial.Value);
                    Interlocked.Increment(ref Received);
                    _station.Metrics.Received(Config.Name);
                    await acks.WriteAsync((serial.Value, _station.AcceptFromLinkAsync(frame.Text, Config.Name, serial.Value)), ct).ConfigureAwait(false);
                }
                else if (ChannelSerial.IsBehind(expected, serial.Value))
                {
                    // A number already received: the sender missed our receipt. Repeat it.
                    _station.Counters.Add("duplicateSerials");
                    _station.Metrics.Duplicate("serial", Config.Name);
                    await acks.WriteAsync((-1, Task.FromResult(AcceptOutcome.Accepted)), ct).ConfigureAwait(false);
                }
                else
                {
                    // An open number (§433): everything after it is refused until it comes.
                    _station.Counters.Add("gaps");
                    _station.Metrics.Gap(Config.Name);
                    if (!awaitingRerun) Send(Precedence.Immediate, "ZFX", ServiceMessage.ChannelNumber(Config.Channel, expected));
                    awaitingRerun = true;
                }
            }
        }
        finally
        {
            acks.TryComplete();
        }
    }

    private DateTimeOffset _lastTraffic;

    private async Task ReceiptLoopAsync(ChannelReader<(int Serial, Task<AcceptOutcome> Commit)> acks, CancellationToken ct)
    {
        while (await acks.WaitToReadAsync(ct).ConfigureAwait(false))
        {
            var sinceReceipt = 0;
            while (acks.TryRead(out var item))
            {
                var outcome = await item.Commit.ConfigureAwait(false);
                if (item.Serial > 0)
                {
                    LastSerialReceived = item.Serial;
                    if (outcome == AcceptOutcome.Duplicate) Send(Precedence.Priority, "ZFD", ServiceMessage.ChannelNumber(Config.Channel, item.Serial));
                }
                // Under steady traffic the queue never empties: receipt at least every so many.
                if (++sinceReceipt >= ReceiptEvery)
                {
                    SendReceipt();
                    sinceReceipt = 0;
                }
            }
            SendReceipt();
        }
    }

    // A quarter of the sender's smallest window: the sender never stalls on a full window while the receiver keeps up.
    private const int ReceiptEvery = InFlightLimit.Min / 4;

    /// <summary>The receipt: ROUTINE, so that it is not taken for the PRIORITY idle check that asks for ZIC.</summary>
    private void SendReceipt() => Send(Precedence.Routine, "ZID", ServiceMessage.ChannelNumber(Config.Channel, LastSerialReceived));

    private async Task TimerLoopAsync(CancellationToken ct)
    {
        var timers = _station.Config.Timers;
        var initial = TimeSpan.FromSeconds(timers.RetransmitSeconds);
        var max = TimeSpan.FromSeconds(timers.MaxRetransmitSeconds);
        var idle = TimeSpan.FromSeconds(timers.IdleCheckSeconds);
        var tick = TimeSpan.FromSeconds(Math.Min(0.25, timers.RetransmitSeconds / 4));
        _lastTraffic = _station.Time.GetUtcNow();
        _rto = initial;
        while (!ct.IsCancellationRequested)
        {
            await Task.Delay(tick, _station.Time, ct).ConfigureAwait(false);
            var now = _station.Time.GetUtcNow();
            lock (_sync)
            {
                if (_window.Count > 0 && now - _lastProgress >= _rto)
                {
                    // No receipt in time: go back to the first unreceipted transmission and send again, waiting longer each time.
                    _station.Counters.Add("retransmissionRounds");
                    GoBackTo(0);
                    _rto = Backoff.Next(_rto, max);
                    _lastProgress = now;
                    _wake.Set();
                }
            }
            if (now - _lastTraffic >= idle)
            {
                // Idle check (§412b): say what we last received; the sender answers ZIC when it agrees.
                _lastTraffic = now;
                Send(Precedence.Priority, "ZID", ServiceMessage.ChannelNumber(Config.Channel, LastSerialReceived));
            }
        }
    }

    private void HandleService(ServiceMessage service)
    {
        ServiceReceived.AddOrUpdate(service.Signal, 1, (_, v) => v + 1);
        var serial = service.Serial;
        switch (service.Signal)
        {
            case "ZID" when serial is { } last:
                bool agree;
                lock (_sync)
                {
                    AcknowledgeThrough(last);
                    agree = _window.Count == 0 && last == LastSerialSent;
                }
                if (agree && service.Precedence == Precedence.Priority && _idleCheckAnswered != last)
                {
                    _idleCheckAnswered = last;
                    Send(Precedence.Priority, "ZIC", ServiceMessage.ChannelNumber(Config.Channel, last));
                }
                break;
            case "ZFX" or "ZES2" when serial is { } from:
                lock (_sync)
                {
                    var i = _window.FindIndex(w => w.Serial == from);
                    if (i >= 0)
                    {
                        GoBackTo(i);
                        _lastProgress = _station.Time.GetUtcNow();
                    }
                }
                _wake.Set();
                break;
        }
    }

    private int _idleCheckAnswered = -1;

    /// <summary>Everything in the window up to the copy sent as <paramref name="serial"/> has been received and journaled by the neighbour.</summary>
    private void AcknowledgeThrough(int serial)
    {
        var i = _window.FindIndex(w => w.Serial == serial);
        if (i < 0) return;
        // A round trip from a copy sent more than once is not measured: which sending does the receipt answer?
        if (_window[i].Copy.Transmissions == 1)
            _limit.OnReceipt(i + 1, _station.Time.GetElapsedTime(_window[i].SentAt), Lanes.Count > 0, _station.Time.GetUtcNow());
        for (var k = 0; k <= i; k++) _station.OnHopAcknowledged(_window[k].Copy);
        _window.RemoveRange(0, i + 1);
        if (_resendFrom >= 0) _resendFrom = Math.Max(0, _resendFrom - (i + 1));
        if (_window.Count == 0) _resendFrom = -1;
        // The window has room again: what waited for it goes now, not at the sender's next timeout.
        _wake.Set();
        _lastProgress = _station.Time.GetUtcNow();
        _rto = TimeSpan.FromSeconds(_station.Config.Timers.RetransmitSeconds);
        _idleCheckAnswered = -1;
    }

    /// <summary>Sends the window again from index <paramref name="from"/>, each copy under its own serial (go back N).</summary>
    private void GoBackTo(int from)
    {
        if (from >= _window.Count) return;
        _resendFrom = _resendFrom < 0 ? from : Math.Min(_resendFrom, from);
        _wake.Set();
    }

    /// <summary>
    /// A new connection: the neighbour last received <paramref name="peerLast"/>. What is still in the window goes
    /// again; if the neighbour's numbers do not join up with the window (its journal knows none of them) the
    /// window is renumbered from there, which is safe because it holds none of those numbers.
    /// </summary>
    private void ResumeAfter(int peerLast)
    {
        if (_window.Count > 0 && _window[0].Serial != ChannelSerial.Next(peerLast))
        {
            var serial = peerLast;
            for (var k = 0; k < _window.Count; k++)
            {
                serial = ChannelSerial.Next(serial);
                _window[k] = (serial, _window[k].Copy, _window[k].SentAt);
            }
        }
        _nextSerial = ChannelSerial.Next(_window.Count > 0 ? _window[^1].Serial : peerLast);
        _resendFrom = _window.Count > 0 ? 0 : -1;
    }

    private void Send(Precedence precedence, string signal, string argument)
    {
        _service.Enqueue(Service(precedence, signal, argument, count: true));
        _wake.Set();
    }

    private string Service(Precedence precedence, string signal, string argument, bool count)
    {
        if (count) ServiceSent.AddOrUpdate(signal, 1, (_, v) => v + 1);
        return new ServiceMessage(Config.Channel, precedence, Config.Neighbor, _station.Config.RoutingIndicator, signal, argument).Format();
    }

    private static int? SerialOf(string firstLine)
    {
        var id = firstLine.AsSpan().Trim();
        if (!id.StartsWith("VZCZC")) return null;
        id = id[5..];
        var digits = id.TrimStart("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        return digits.Length is > 0 and <= 4 && int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
    }
}

/// <summary>What became of a transmission received from a neighbour.</summary>
internal enum AcceptOutcome
{
    /// <summary>Journaled; the station answers for it.</summary>
    Accepted,
    /// <summary>Already held for every indicator it carries: filed, not relayed again (ZFD).</summary>
    Duplicate,
    /// <summary>Not a usable transmission (no DE line): filed and counted.</summary>
    Rejected,
}

/// <summary>Exponential backoff of retransmissions and redials.</summary>
internal static class Backoff
{
    /// <summary>Twice <paramref name="current"/>, at most <paramref name="max"/>.</summary>
    public static TimeSpan Next(TimeSpan current, TimeSpan max) => current * 2 > max ? max : current * 2;
}
