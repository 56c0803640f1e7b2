using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Hashing;
using System.Text;
using System.Threading.Channels;

namespace Chancery.Relay.Journaling;

/// <summary>
/// The station's append-only journal. Each record is framed as length, CRC-32 and payload; appends are written by
/// one writer thread in groups (group commit), and <see cref="AppendAsync"/> completes only once its record is on
/// disk (fsync). Records nobody waits for (<see cref="Append"/>: receipts, deliveries) are written to the operating
/// system at once, which a killed process cannot lose, and fsynced with the next awaited group or within
/// <see cref="LazySyncInterval"/>: a FLASH then never waits behind an fsync of receipts. On open the journal is
/// read back; a torn or corrupt tail (a crash mid-write) is cut off. Once the file is larger than
/// <see cref="CompactAfterBytes"/> it is rewritten as the state's snapshot (records of finished transmissions
/// dropped), so that it does not grow with the traffic; the snapshot is written beside the log in the background
/// while appends go on to the log (see <see cref="JournalCompaction"/>).
/// </summary>
internal sealed class Journal : IAsyncDisposable
{
    private const int HeaderSize = 8;
    private const int MaxRecordSize = 64 * 1024 * 1024;
    private const int MaxGroupBytes = 4 * 1024 * 1024;


    private FileStream _file;
    private readonly Channel<Pending> _pending = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Thread _writer;
    private readonly TaskCompletionSource _writerDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly bool _durable;
    private Exception? _failure;
    private JournalCompaction? _compaction;
    // When written records first went unsynced (Stopwatch ticks), or null when everything written is on disk.
    private long? _dirtySince;

    // A null record is a wake-up for the writer (a background snapshot is ready).
    private readonly record struct Pending(JournalRecord? Record, TaskCompletionSource? Done);

    private Journal(FileStream file, bool durable)
    {
        _file = file;
        Path = file.Name;
        _durable = durable;
        // A thread of its own: the writer blocks in write and fsync, and on a small machine a pool thread held
        // there is one the links and the control endpoint do not have.
        _writer = new Thread(WriteLoop) { IsBackground = true, Name = "journal writer" };
        _writer.Start();
    }

    /// <summary>
    /// Called on the writer, in journal order, for each record of a group once the group is written (and, when
    /// anyone waits for one of its records, fsynced) and before anyone waiting is told: the station applies
    /// accepted transmissions here so that lanes and deliveries keep the order of acceptance. Set it before the
    /// first append.
    /// </summary>
    public Action<JournalRecord>? Committed { get; set; }

    /// <summary>
    /// Where the snapshot for compaction comes from: called on the writer, holding <see cref="StateLock"/>, once
    /// every record appended so far is written and applied; returns records that replay to the current state.
    /// Null: the journal is never compacted.
    /// </summary>
    public Func<List<JournalRecord>>? TakeSnapshot { get; set; }

    /// <summary>The lock that guards the state the records change (held while the snapshot is taken).</summary>
    public object StateLock { get; set; } = new();

    /// <summary>How much the journal may grow past its last snapshot before it is compacted again.</summary>
    public long CompactAfterBytes { get; set; } = 64L << 20;

    /// <summary>How long records nobody waits for may stay written but not fsynced (a power loss, not a crash, may lose them).</summary>
    public TimeSpan LazySyncInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Tests: a snapshot is not written before this completes (to see appends go on meanwhile).</summary>
    internal Task? SnapshotGate { get; set; }

    /// <summary>Whether a snapshot is being written.</summary>
    internal bool Compacting => Volatile.Read(ref _compaction) is not null;

    /// <summary>Compactions since the journal was opened.</summary>
    public long Compactions => Interlocked.Read(ref _compactions);
    private long _compactions;
    // The size of the last snapshot: a large backlog makes a large snapshot, and the journal must grow by the
    // limit past it before the next compaction, or every group would rewrite the whole backlog.
    private long _compactedLength;

    /// <summary>Where the journal lives.</summary>
    public string Path { get; }

    /// <summary>Bytes cut off the tail when the journal was opened (a torn write).</summary>
    public long TruncatedBytes { get; private init; }

    /// <summary>Records written since the journal was opened.</summary>
    public long Appended => Interlocked.Read(ref _appended);
    private long _appended;

    /// <summary>fsync calls since the journal was opened (fewer than records: group commit).</summary>
    public long Syncs => Interlocked.Read(ref _syncs);
    private long _syncs;

    /// <summary>
    /// Opens (creating when absent) the journal at <paramref name="path"/> and returns the records it holds, in order.
    /// <paramref name="durable"/> false skips fsync (tests only).
    /// </summary>
    public static Journal Open(string path, out List<JournalRecord> records, bool durable = true)
    {
        // A compaction cut short by a crash: the journal it was to replace is still whole.
        if (File.Exists(JournalCompaction.TemporaryPath(path))) File.Delete(JournalCompaction.TemporaryPath(path));
        var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 1 << 16);
        try
        {
            records = [];
            var goodEnd = ReadAll(file, records);
            var truncated = file.Length - goodEnd;
            if (truncated > 0)
            {
                file.SetLength(goodEnd);
                file.Flush(flushToDisk: durable);
            }
            file.Position = goodEnd;
            return new Journal(file, durable) { TruncatedBytes = truncated };
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Appends a record; the task completes once it is on disk.</summary>
    public Task AppendAsync(JournalRecord record)
    {
        if (_failure is { } failure) return Task.FromException(failure);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_pending.Writer.TryWrite(new Pending(record, done))) return Task.FromException(new ObjectDisposedException(nameof(Journal)));
        return done.Task;
    }

    /// <summary>Appends a record that nobody waits for (written with the next group, fsynced soon after).</summary>
    public void Append(JournalRecord record) => _pending.Writer.TryWrite(new Pending(record, null));

    private void WriteLoop()
    {
        var group = new Group();
        var reader = _pending.Reader;
        try
        {
            Task<bool>? ready = null;
            while (true)
            {
                ready ??= reader.WaitToReadAsync().AsTask();
                if (!ready.IsCompleted && _dirtySince is { } since)
                {
                    var due = LazySyncInterval - Stopwatch.GetElapsedTime(since);
                    if (due <= TimeSpan.Zero || !ready.Wait(due))
                    {
                        Sync();
                        continue;
                    }
                }
                if (!ready.GetAwaiter().GetResult()) break;
                ready = null;
                WriteGroup(reader, group);
                if (_compaction is { IsWritten: true } written) FinishCompaction(written);
                else if (_compaction is null && TakeSnapshot is { } snapshot && _file.Length > CompactAfterBytes + _compactedLength) StartCompaction(reader, group, snapshot);
            }
            if (_compaction is { } last)
            {
                last.WaitWritten();
                FinishCompaction(last);
            }
            Sync();
            _writerDone.TrySetResult();
        }
        catch (Exception e)
        {
            _failure = new IOException($"journal {Path}: {e.Message}", e);
            foreach (var done in group.Waiting) done.TrySetException(_failure);
            _pending.Writer.TryComplete();
            while (reader.TryRead(out var item)) item.Done?.TrySetException(_failure);
            _compaction?.Abandon();
            _writerDone.TrySetResult();
        }
    }

    /// <summary>The writer's buffers, reused from group to group.</summary>
    internal sealed class Group
    {
        public readonly MemoryStream Buffer = new();
        public readonly MemoryStream Payload = new();
        public readonly BinaryWriter Writer;
        public readonly List<TaskCompletionSource> Waiting = [];
        public readonly List<JournalRecord> Records = [];

        public Group() => Writer = new BinaryWriter(Payload, Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>
    /// Writes what is queued (up to a group's worth) and, when anyone waits for it, fsyncs it (with whatever went
    /// before unsynced); then tells the station and the waiters.
    /// </summary>
    private bool WriteGroup(ChannelReader<Pending> reader, Group group)
    {
        group.Buffer.SetLength(0);
        group.Waiting.Clear();
        group.Records.Clear();
        while (group.Buffer.Length < MaxGroupBytes && reader.TryRead(out var item))
        {
            if (item.Record is null) continue;
            Encode(item.Record, group);
            if (item.Done is not null) group.Waiting.Add(item.Done);
            group.Records.Add(item.Record);
        }
        if (group.Records.Count == 0) return false;
        _file.Write(group.Buffer.GetBuffer(), 0, (int)group.Buffer.Length);
        _file.Flush(flushToDisk: false);
        _dirtySince ??= Stopwatch.GetTimestamp();
        if (group.Waiting.Count > 0) Sync();
        Interlocked.Add(ref _appended, group.Records.Count);
        if (Committed is { } committed)
            foreach (var record in group.Records) committed(record);
        foreach (var done in group.Waiting) done.TrySetResult();
        group.Waiting.Clear();
        return true;
    }

    /// <summary>fsyncs what was written and not yet on disk.</summary>
    private void Sync()
    {
        if (_dirtySince is null) return;
        if (_durable) _file.Flush(flushToDisk: true);
        _dirtySince = null;
        Interlocked.Increment(ref _syncs);
    }

    internal static void Encode(JournalRecord record, Group group)
    {
        group.Payload.SetLength(0);
        JournalCodec.Write(group.Writer, record);
        group.Writer.Flush();
        Frame(group.Payload, group.Buffer);
    }

    /// <summary>
    /// Takes the state's snapshot and starts writing it beside the log. Under the state lock nothing that changes
    /// the state can be queued, so once the queue is drained to the log the snapshot holds everything the log says
    /// up to its present end; what is appended from there on goes on to the log meanwhile and is carried over to
    /// the new file when the snapshot is written.
    /// </summary>
    private void StartCompaction(ChannelReader<Pending> reader, Group group, Func<List<JournalRecord>> snapshot)
    {
        List<JournalRecord> records;
        lock (StateLock)
        {
            while (WriteGroup(reader, group)) { }
            records = snapshot();
        }
        _compaction = JournalCompaction.Start(Path, records, _file.Length, _durable, () => _pending.Writer.TryWrite(default), SnapshotGate);
    }

    /// <summary>
    /// The snapshot is written: copies to it what the log got since, fsyncs it, renames it over the log and fsyncs
    /// the directory. A crash at any point leaves one whole journal: the old log until the rename, the new file after.
    /// </summary>
    private void FinishCompaction(JournalCompaction compaction)
    {
        _compaction = null;
        var next = compaction.Take();
        try
        {
            JournalCompaction.CopyTail(_file, compaction.Mark, next);
            next.Flush(flushToDisk: _durable);
            File.Move(compaction.Temporary, Path, overwrite: true);
            if (_durable) DirectorySync.Flush(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        }
        catch
        {
            next.Dispose();
            throw;
        }
        _file.Dispose();
        _file = next;
        _dirtySince = null;
        _compactedLength = next.Length;
        Interlocked.Increment(ref _compactions);
    }

    private static void Frame(MemoryStream payload, MemoryStream output)
    {
        Span<byte> header = stackalloc byte[HeaderSize];
        var bytes = payload.GetBuffer().AsSpan(0, (int)payload.Length);
        BinaryPrimitives.WriteInt32LittleEndian(header, bytes.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], Crc32.HashToUInt32(bytes));
        output.Write(header);
        output.Write(bytes);
    }

    /// <summary>Reads every whole, intact record and returns the offset just past the last one.</summary>
    private static long ReadAll(FileStream file, List<JournalRecord> records)
    {
        file.Position = 0;
        var stream = new BufferedStream(file, 1 << 20);
        var header = new byte[HeaderSize];
        var payload = new byte[4096];
        long good = 0;
        while (true)
        {
            if (!ReadExactly(stream, header)) return good;
            var length = BinaryPrimitives.ReadInt32LittleEndian(header);
            var crc = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(4));
            if (length is <= 0 or > MaxRecordSize) return good;
            if (payload.Length < length) payload = new byte[Math.Max(length, payload.Length * 2)];
            if (!ReadExactly(stream, payload.AsSpan(0, length))) return good;
            if (Crc32.HashToUInt32(payload.AsSpan(0, length)) != crc) return good;
            try
            {
                using var reader = new BinaryReader(new MemoryStream(payload, 0, length, writable: false), Encoding.UTF8);
                records.Add(JournalCodec.Read(reader));
            }
            catch (Exception e) when (e is EndOfStreamException or InvalidDataException or ArgumentException or FormatException)
            {
                return good;
            }
            good += HeaderSize + length;
        }
    }

    private static bool ReadExactly(Stream stream, Span<byte> into)
    {
        var read = 0;
        while (read < into.Length)
        {
            var n = stream.Read(into[read..]);
            if (n == 0) return false;
            read += n;
        }
        return true;
    }

    /// <summary>Writes and fsyncs what is pending (and a snapshot being written), then closes the file.</summary>
    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await _writerDone.Task.ConfigureAwait(false);
        await _file.DisposeAsync().ConfigureAwait(false);
    }
}
