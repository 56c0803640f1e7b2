using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Threading.Channels;
using Chancery.Archive;
using Chancery.Cables;
using Chancery.Relay.Configuration;
using Chancery.Relay.Journaling;
using Chancery.Relay.Metrics;
using Chancery.Relay.Routing;
using Chancery.Relay.Wire;

namespace Chancery.Relay.Station;

/// <summary>
/// A relay station (ARCHITECTURE "Relaying", after Postfix): a transmission in -> journal (fsync) -> receipt ->
/// route -> one lane per precedence per outgoing link -> transmit -> receipt from the neighbour -> done; local
/// addressees -> archive, exactly once per (originating station, station serial, section). One lock guards the
/// state; the journal's single writer orders every change; timers come from the <see cref="TimeProvider"/>.
/// </summary>
public sealed class RelayStation : IAsyncDisposable
{
    private const int MaxPendingHandshakes = 64;

    private readonly IArchiveStore _archive;
    private readonly Action<string> _log;
    private readonly RoutePlanner _planner;
    private readonly CableReader _reader = new(new CableReaderOptions { MergeSections = false });
    private readonly Dictionary<string, LinkSession> _links = new(StringComparer.Ordinal);
    private readonly Channel<long> _deliveries = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _loops = [];
    private readonly bool _durable;
    private readonly SpeedOfService _speed = new();
    private StationState _state = null!;
    private Journal _journal = null!;
    private DeliveredLog _delivered = null!;
    private TcpListener? _listener;
    private Control.ControlServer? _control;
    private int _pendingHandshakes;

    /// <summary>Makes a station; nothing runs until <see cref="StartAsync"/>.</summary>
    /// <param name="config">The checked configuration.</param>
    /// <param name="archive">Where local deliveries go.</param>
    /// <param name="time">The clock for timers (tests pass a fake one).</param>
    /// <param name="log">Where one-line log messages go (null: nowhere).</param>
    /// <param name="durable">False skips fsync of the journal (tests only).</param>
    public RelayStation(StationConfig config, IArchiveStore archive, TimeProvider? time = null, Action<string>? log = null, bool durable = true)
    {
        Config = config;
        _archive = archive;
        Time = time ?? TimeProvider.System;
        _log = log ?? (_ => { });
        _planner = new RoutePlanner(config);
        _durable = durable;
        Metrics = new RelayMetrics(config.RoutingIndicator, LaneDepths);
        Counters = new StationCounters(Metrics.Event);
    }

    /// <summary>The configuration.</summary>
    public StationConfig Config { get; }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>The port neighbours connect to (useful when the configuration asked for port 0), or null.</summary>
    public int? ListenPort => (_listener?.LocalEndpoint as IPEndPoint)?.Port;

    /// <summary>The control endpoint's port, or null.</summary>
    public int? ControlPort => _control?.Port;

    internal object Sync { get; } = new();

    private TimeSpan HandshakeTimeout => TimeSpan.FromSeconds(Config.Timers.HandshakeSeconds);

    internal StationCounters Counters { get; }

    /// <summary>The station's instruments on the meter <c>Chancery.Relay</c>.</summary>
    public RelayMetrics Metrics { get; }

    private List<(string Link, Precedence Precedence, int Depth)> LaneDepths()
    {
        var depths = new List<(string, Precedence, int)>();
        lock (Sync)
            foreach (var session in _links.Values)
                foreach (var p in new[] { Precedence.Flash, Precedence.Immediate, Precedence.Priority, Precedence.Routine })
                    depths.Add((session.Config.Name, p, session.Lanes.CountOf(p)));
        return depths;
    }

    /// <summary>The journal file size past which it is rewritten as a snapshot (tests make it small).</summary>
    internal long JournalCompactBytes { get; init; } = 64L << 20;

    /// <summary>Times the journal was compacted since the station started.</summary>
    internal long JournalCompactions => _journal?.Compactions ?? 0;

    internal void Log(string message) => _log(message);

    /// <summary>Replays the journal, then opens the listener, dials the links and starts the control endpoint.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Config.DataDirectory);
        _journal = Journal.Open(Path.Combine(Config.DataDirectory, "journal.log"), out var records, _durable);
        if (_journal.TruncatedBytes > 0) Log($"journal: cut {_journal.TruncatedBytes} bytes of a torn tail");
        _state = new StationState(Config.RoutingIndicator);
        foreach (var record in records) _state.Apply(record);
        _journal.Committed = OnCommitted;
        _journal.StateLock = Sync;
        _journal.TakeSnapshot = _state.Snapshot;
        _journal.CompactAfterBytes = JournalCompactBytes;
        _delivered = new DeliveredLog(Path.Combine(Config.DataDirectory, "delivered.jsonl"));
        Log($"journal: {records.Count} records, {_state.Pending.Count} transmissions with work left");

        foreach (var link in Config.Links)
            _links[link.Name] = new LinkSession(this, link, _state.LastSerialReceived.GetValueOrDefault(link.Name));
        lock (Sync)
        {
            foreach (var pending in _state.Pending.Values.OrderBy(p => p.Record.Id))
            {
                foreach (var copy in pending.OpenHops) Enqueue(copy);
                if (pending.NeedsDelivery) _deliveries.Writer.TryWrite(pending.Record.Id);
            }
        }

        if (Config.Listen is { } listen)
        {
            var endpoint = HostPort.Parse(listen);
            _listener = new TcpListener(IPAddress.Parse(endpoint.Host), endpoint.Port);
            _listener.Start();
            _loops.Add(AcceptLoopAsync(_listener, _stopping.Token));
        }
        foreach (var session in _links.Values)
            if (session.Config.Endpoint is not null) _loops.Add(DialLoopAsync(session, _stopping.Token));
        // On pool threads of their own: an archive that saves synchronously would otherwise run the delivery loop
        // inside StartAsync for as long as deliveries keep coming (the control endpoint came up minutes late).
        _loops.Add(Task.Run(() => DeliveryLoopAsync(_stopping.Token)));
        _loops.Add(Task.Run(() => FailoverLoopAsync(_stopping.Token)));
        if (Config.Control is { } control)
        {
            _control = new Control.ControlServer(this, HostPort.Parse(control));
            _control.Start();
        }
        await Task.CompletedTask.ConfigureAwait(false);
        _ = cancellationToken;
    }

    /// <summary>Releases cables at this station: each gets this station's envelope (serial, routing line from its addressees) and is accepted like any transmission.</summary>
    public async Task<IReadOnlyList<ReleaseOutcome>> ReleaseAsync(string text, string? source = null)
    {
        // Every section is decided and handed to the journal in order before any is awaited: the whole request
        // shares group commits instead of waiting for one fsync per cable.
        var released = new List<(string ReferenceId, List<Task<(AcceptOutcome Outcome, MessageKey? Key)>> Sections, string? Error)>();
        var cables = new CableReader().ReadAll(text, source);
        foreach (var cable in cables)
        {
            var referenceId = cable.ReferenceId ?? "(no reference id)";
            var addressing = Addressing.Of(cable, fromAddressees: true);
            if (addressing.RoutingIndicators.Count == 0)
            {
                released.Add((referenceId, [], "no addressee has a routing indicator"));
                continue;
            }
            int serial;
            lock (Sync)
            {
                // The station serial the cable states for this station; else its message serial (State practice:
                // ASTANA 38 went as #0038), so that releasing the same cable again is recognised; else the next one.
                serial = cable.Transmission is { StationSerial: { } s } t && t.OriginatingStation == Config.RoutingIndicator ? s
                    : cable.Serial is > 0 and < 1_000_000 and var m ? m
                    : _state.NextStationSerial++;
                if (serial >= _state.NextStationSerial) _state.NextStationSerial = serial + 1;
            }
            var sections = Originator.Envelope(cable, Config, _planner, addressing, serial, Time.GetUtcNow());
            released.Add((referenceId, sections.Select(section => AcceptAsync(section, null, 0)).ToList(), null));
        }
        var outcomes = new List<ReleaseOutcome>(released.Count);
        foreach (var (referenceId, sections, refused) in released)
        {
            var ids = new List<string>();
            var error = refused;
            foreach (var section in sections)
            {
                var (outcome, key) = await section.ConfigureAwait(false);
                if (outcome == AcceptOutcome.Accepted) ids.Add(key!.Value.ToString());
                else error = outcome == AcceptOutcome.Duplicate ? $"already released ({key})" : "not a usable transmission";
            }
            outcomes.Add(new ReleaseOutcome(referenceId, ids, error));
        }
        return outcomes;
    }

    internal async Task<AcceptOutcome> AcceptFromLinkAsync(string text, string link, int serial) =>
        (await AcceptAsync(text, link, serial).ConfigureAwait(false)).Outcome;

    /// <summary>
    /// Accepts one transmission: drops the indicators already answered for (duplicates), plans the rest, journals
    /// the decision and only then queues the copies and the local delivery.
    /// </summary>
    private async Task<(AcceptOutcome Outcome, MessageKey? Key)> AcceptAsync(string text, string? arrivedOn, int serial)
    {
        var cable = _reader.Read(Heading(text));
        if (cable.Transmission is not { OriginatingStation: { } station, StationSerial: { } ssn } transmission)
        {
            Counters.Add("rejected");
            Log($"{arrivedOn ?? "local"}: a transmission without a DE line was filed, not relayed");
            if (arrivedOn is not null && serial > 0) await _journal.AppendAsync(new SerialSeenRecord(arrivedOn, serial)).ConfigureAwait(false);
            return (AcceptOutcome.Rejected, null);
        }
        var key = new MessageKey(station, ssn, transmission.Section ?? 1);
        var addressing = Addressing.Of(cable, fromAddressees: false);
        AcceptedRecord record;
        lock (Sync)
        {
            var action = new HashSet<string>(addressing.ActionIndicators, StringComparer.Ordinal);
            var fresh = _planner.Expand(addressing, action).Where(ri => !_state.HasAnswered(key, ri)).ToList();
            if (fresh.Count == 0)
            {
                Counters.Add("duplicates");
                Metrics.Duplicate("message", arrivedOn);
                record = null!;
            }
            else
            {
                var plan = _planner.Plan(addressing with { RoutingIndicators = fresh, ActionIndicators = action }, IsUp, arrivedOn);
                record = new AcceptedRecord(_state.NextId++, Time.GetUtcNow(), arrivedOn, serial, key, cable.ReferenceId,
                    addressing.Precedence, fresh, text, plan.Local, plan.Hops, plan.Unroutable);
                _state.Answer(key, fresh);
            }
        }
        if (record is null)
        {
            if (arrivedOn is not null && serial > 0) await _journal.AppendAsync(new SerialSeenRecord(arrivedOn, serial)).ConfigureAwait(false);
            return (AcceptOutcome.Duplicate, key);
        }
        await _journal.AppendAsync(record).ConfigureAwait(false);
        foreach (var ri in record.Unroutable) Log($"{key}: no route to {ri}; held for an operator");
        return (AcceptOutcome.Accepted, key);
    }

    /// <summary>An accepted transmission is on disk: queue its copies and its delivery, in the order of acceptance.</summary>
    private void OnCommitted(JournalRecord record)
    {
        if (record is SerialSeenRecord seen)
        {
            lock (Sync) _state.Apply(seen);
            return;
        }
        if (record is not AcceptedRecord accepted) return;
        lock (Sync)
        {
            _state.Apply(accepted);
            if (_state.Pending.TryGetValue(accepted.Id, out var pending))
            {
                foreach (var copy in pending.OpenHops) Enqueue(copy);
                if (pending.NeedsDelivery) _deliveries.Writer.TryWrite(accepted.Id);
            }
        }
    }

    /// <summary>
    /// What routing reads of a transmission: the heading (FL1-FL10), the first BT and the line after it (the
    /// classification line that gives the reference id). Relaying never needs the text, so it is not parsed.
    /// </summary>
    internal static string Heading(string text)
    {
        var pos = 0;
        while (pos < text.Length)
        {
            var end = text.IndexOf('\n', pos);
            if (end < 0) break;
            if (text.AsSpan(pos, end - pos).Trim().SequenceEqual("BT"))
            {
                var next = text.IndexOf('\n', end + 1);
                return next < 0 ? text : text[..(next + 1)] + "BT\nNNNN\n";
            }
            pos = end + 1;
        }
        return text;
    }

    private bool IsUp(string link) => _links.TryGetValue(link, out var session) && session.Up;

    private void Enqueue(OutgoingCopy copy)
    {
        if (!_links.TryGetValue(copy.Link, out var session)) return;
        session.Lanes.Enqueue(copy.Precedence, copy);
        session.Wake();
    }

    /// <summary>Called under the lock when a neighbour receipted a copy.</summary>
    internal void OnHopAcknowledged(OutgoingCopy copy)
    {
        var record = new HopAckedRecord(copy.Id, copy.Link);
        var elapsed = Time.GetUtcNow() - copy.AcceptedAt;
        Metrics.Handled(copy.Link, copy.Precedence, elapsed);
        _speed.Record(copy.Precedence, elapsed);
        _state.Apply(record);
        _journal.Append(record);
    }

    internal void OnLinkChanged() => _failoverWake.Set();

    private readonly AsyncSignal _failoverWake = new();

    /// <summary>Moves copies off links that have been down longer than the failover time onto their alternate routes.</summary>
    private async Task FailoverLoopAsync(CancellationToken ct)
    {
        var failover = TimeSpan.FromSeconds(Config.Timers.FailoverSeconds);
        while (!ct.IsCancellationRequested)
        {
            await _failoverWake.WaitAsync(TimeSpan.FromSeconds(Math.Min(1, Config.Timers.FailoverSeconds / 4)), Time, ct).ConfigureAwait(false);
            var now = Time.GetUtcNow();
            lock (Sync)
            {
                foreach (var session in _links.Values)
                {
                    if (session.Up || now - session.DownSince < failover || session.Lanes.Count + session.InFlight == 0) continue;
                    var stay = new List<OutgoingCopy>();
                    foreach (var copy in session.TakeAll())
                    {
                        var moved = copy.Indicators.GroupBy(ri => _planner.ChooseLink(ri, IsUp) ?? copy.Link).ToList();
                        if (moved.All(g => g.Key == copy.Link)) { stay.Add(copy); continue; }
                        var hops = moved.Select(g => new Hop(g.Key, g.ToList(), copy.Precedence)).ToList();
                        var record = new HopMovedRecord(copy.Id, copy.Link, hops);
                        _state.Apply(record);
                        _journal.Append(record);
                        if (_state.Pending.TryGetValue(copy.Id, out var pending))
                            foreach (var hop in hops)
                                Enqueue(pending.OpenHops.Last(c => c.Link == hop.Link));
                        Counters.Add("failedOver");
                    }
                    foreach (var copy in stay) session.Lanes.Enqueue(copy.Precedence, copy);
                }
            }
        }
    }

    private async Task DeliveryLoopAsync(CancellationToken ct)
    {
        var batch = new List<long>();
        var reader = _deliveries.Reader;
        while (await reader.WaitToReadAsync(ct).ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < 256 && reader.TryRead(out var id)) batch.Add(id);
            var due = new List<AcceptedRecord>();
            lock (Sync)
            {
                foreach (var id in batch)
                    if (_state.Pending.TryGetValue(id, out var pending) && pending.NeedsDelivery) due.Add(pending.Record);
            }
            // Parsed outside the lock: a whole cable takes long enough to hold up the links.
            var incoming = due.Select(r => new IncomingCable(r.ReferenceId ?? $"{r.Key.Station}{r.Key.Serial}", null, r.Text,
                _reader.Read(r.Text), $"relay {Config.RoutingIndicator} {r.Key}")).ToList();
            var ids = due.Select(r => r.Id).ToList();
            if (incoming.Count == 0) continue;
            while (true)
            {
                try
                {
                    await _archive.SaveBatchAsync(incoming, ct).ConfigureAwait(false);
                    break;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Counters.Add("archiveErrors");
                    Log($"archive: {e.Message}; trying again");
                    await Task.Delay(TimeSpan.FromSeconds(1), Time, ct).ConfigureAwait(false);
                }
            }
            var at = Time.GetUtcNow();
            foreach (var r in due)
            {
                Metrics.Handled(null, r.Precedence, at - r.ReceivedAt);
                _speed.Record(r.Precedence, at - r.ReceivedAt);
            }
            _delivered.Append(due.Select(r => (r.Id, new DeliveredTransmission(r.ReferenceId ?? r.Key.ToString(), r.Key.Serial, r.Key.Section, r.Key.Station,
                r.Local, Names.Of(r.Precedence), r.ReceivedAt))));
            lock (Sync)
            {
                foreach (var id in ids)
                {
                    var record = new DeliveredRecord(id, at);
                    _state.Apply(record);
                    _journal.Append(record);
                }
            }
        }
    }

    private async Task DialLoopAsync(LinkSession session, CancellationToken ct)
    {
        var endpoint = HostPort.Parse(session.Config.Endpoint!);
        var first = TimeSpan.FromSeconds(Math.Min(0.1, Config.Timers.RedialSeconds));
        var wait = first;
        var max = TimeSpan.FromSeconds(Config.Timers.RedialSeconds);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                using var client = new TcpClient { NoDelay = true };
                using (var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(ct))
                {
                    connectTimeout.CancelAfter(HandshakeTimeout);
                    await client.ConnectAsync(endpoint.Host, endpoint.Port, connectTimeout.Token).ConfigureAwait(false);
                }
                Stream stream = client.GetStream();
                if (session.Config.Tls is { } tls)
                {
                    using var handshakeTimeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                    handshakeTimeout.CancelAfter(HandshakeTimeout);
                    stream = await LinkSecurity.ConnectAsync(stream, tls, endpoint.Host, handshakeTimeout.Token).ConfigureAwait(false);
                }
                await using var owned = stream;
                await WriteAsync(stream, session.Greeting(), ct).ConfigureAwait(false);
                var reader = new FrameReader(stream);
                var peer = await ReadGreetingAsync(reader, ct).ConfigureAwait(false);
                if (peer is null || peer.From != session.Config.Neighbor)
                {
                    Log($"link {session.Config.Name}: {endpoint} did not answer as {session.Config.Neighbor}");
                    Counters.Add("refusedConnections");
                }
                else
                {
                    wait = first;
                    await session.RunAsync(stream, reader, peer.Serial ?? 0, ct).ConfigureAwait(false);
                }
            }
            catch (AuthenticationException e)
            {
                Counters.Add("tlsRefused");
                Log($"link {session.Config.Name}: refused {endpoint} over TLS: {e.Message}");
            }
            catch (Exception e) when (e is SocketException or IOException or OperationCanceledException or TimeoutException)
            {
                if (ct.IsCancellationRequested) return;
            }
            try
            {
                await Task.Delay(wait, Time, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            wait = Backoff.Next(wait, max);
        }
    }

    private async Task AcceptLoopAsync(TcpListener listener, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                if (ct.IsCancellationRequested) return;
                continue;
            }
            if (Interlocked.Increment(ref _pendingHandshakes) > MaxPendingHandshakes)
            {
                Interlocked.Decrement(ref _pendingHandshakes);
                Counters.Add("refusedConnections");
                client.Dispose();
                continue;
            }
            _ = Task.Run(() => ServeAsync(client, ct), ct);
        }
    }

    /// <summary>One incoming connection: it must greet (ZID naming a neighbour that dials this station) within the handshake time.</summary>
    private async Task ServeAsync(TcpClient client, CancellationToken ct)
    {
        using (client)
        {
            client.NoDelay = true;
            Stream stream = client.GetStream();
            SslStream? ssl = null;
            FrameReader reader;
            ServiceMessage? peer = null;
            string? refusal = null;
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(HandshakeTimeout);
                if (await LinkSecurity.OffersTlsAsync(client.Client, timeout.Token).ConfigureAwait(false))
                {
                    if (Config.Tls is not { } tls) refusal = "TLS offered, and the listener has no certificate";
                    else stream = ssl = await LinkSecurity.AcceptAsync(stream, tls, timeout.Token).ConfigureAwait(false);
                }
                reader = new FrameReader(stream);
                if (refusal is null) peer = await ReadGreetingAsync(reader, ct).ConfigureAwait(false);
            }
            catch (AuthenticationException e)
            {
                refusal = $"TLS handshake failed: {e.Message}";
                reader = null!;
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or TimeoutException)
            {
                reader = null!;
            }
            finally
            {
                Interlocked.Decrement(ref _pendingHandshakes);
            }
            await using var owned = stream;
            var session = peer is null ? null : _links.Values.FirstOrDefault(l => l.Config.Neighbor == peer.From && l.Config.Endpoint is null);
            if (session is not null && LinkSecurity.CheckIncoming(session.Config, ssl) is { } insecure)
            {
                Counters.Add("tlsRefused");
                Log($"link {session.Config.Name}: refused a connection from {client.Client.RemoteEndPoint} as {peer!.From}: {insecure}");
                return;
            }
            if (session is null)
            {
                Counters.Add(refusal is null ? "refusedConnections" : "tlsRefused");
                Log($"listener: refused a connection from {client.Client.RemoteEndPoint} ({refusal ?? (peer is null ? "no greeting" : "unknown station " + peer.From)})");
                return;
            }
            try
            {
                await WriteAsync(stream, session.Greeting(), ct).ConfigureAwait(false);
                await session.RunAsync(stream, reader, peer!.Serial ?? 0, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
            }
        }
    }

    private async Task<ServiceMessage?> ReadGreetingAsync(FrameReader reader, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(HandshakeTimeout);
        var frame = await reader.ReadAsync(timeout.Token).ConfigureAwait(false);
        if (frame is null || frame.Kind != FrameKind.Complete || !ServiceMessage.TryParse(frame.Text, out var service) || service.Signal != "ZID") return null;
        return service;
    }

    private static async Task WriteAsync(Stream stream, string text, CancellationToken ct)
    {
        await stream.WriteAsync(System.Text.Encoding.Latin1.GetBytes(text), ct).ConfigureAwait(false);
        await stream.FlushAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The station at a glance.</summary>
    public StationStatus GetStatus()
    {
        lock (Sync)
        {
            var lanes = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var p in new[] { Precedence.Flash, Precedence.Immediate, Precedence.Priority, Precedence.Routine })
                lanes[Names.Of(p)] = _links.Values.Sum(l => l.Lanes.CountOf(p));
            var oldest = _links.Values.SelectMany(l => l.Lanes.Heads()).Select(c => (DateTimeOffset?)c.AcceptedAt).DefaultIfEmpty(null).Min();
            var links = Config.Links.Select(c => _links[c.Name]).Select(l => new LinkStatus(
                l.Config.Name, l.Config.Neighbor, l.Up, Interlocked.Read(ref l.Sent), Interlocked.Read(ref l.Received),
                l.LastSerialSent, l.LastSerialReceived, l.Lanes.Count, l.InFlight, Interlocked.Read(ref l.Retransmitted),
                new SortedDictionary<string, long>(l.ServiceSent), new SortedDictionary<string, long>(l.ServiceReceived)) { Window = l.Window }).ToList();
            return new StationStatus(Config.RoutingIndicator, links, lanes, _state.DeliveredCount, _state.Journaled,
                [.. _state.Unroutable], oldest, Counters.Snapshot(), _speed.Report(_state.Pending.Values, Time.GetUtcNow()));
        }
    }

    /// <summary>Everything delivered locally, in order of delivery.</summary>
    public IReadOnlyList<DeliveredTransmission> GetDelivered()
    {
        return _delivered.ReadAll();
    }

    /// <summary>The last <paramref name="count"/> local deliveries, oldest first (reads only the end of the delivery log).</summary>
    public IReadOnlyList<DeliveredTransmission> GetRecentDelivered(int count) => _delivered.ReadLast(count);

    /// <summary>Stops every loop, closes the links and the journal (what was accepted stays on disk).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopping.IsCancellationRequested) return;
        _stopping.Cancel();
        _listener?.Stop();
        if (_control is not null) await _control.DisposeAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_loops).WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException or IOException or SocketException)
        {
        }
        if (_journal is not null) await _journal.DisposeAsync().ConfigureAwait(false);
        _delivered?.Dispose();
        Metrics.Dispose();
        _stopping.Dispose();
    }
}
