using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using System.Threading.Channels;

namespace Chancery.Relay.Journaling;

/// <summary>
/// The station's append-only journal. Each record is framed as length, CRC-32 and payload; appends are written
/// and fsynced by one writer in groups (group commit), and <see cref="AppendAsync"/> completes only once its record
/// is on disk. On open the journal is read back; a torn or corrupt tail (a crash mid-write) is cut off. Once the
/// file is larger than <see cref="CompactAfterBytes"/> it is rewritten as the state's snapshot (records of finished
/// transmissions dropped), so that it does not grow with the traffic.
/// </summary>
internal sealed class Journal : IAsyncDisposable
{
    private const int HeaderSize = 8;
    private const int MaxRecordSize = 64 * 1024 * 1024;
    private const int MaxGroupBytes = 4 * 1024 * 1024;

    private FileStream _file;
    private readonly Channel<Pending> _pending = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private readonly bool _durable;
    private Exception? _failure;

    private readonly record struct Pending(JournalRecord Record, TaskCompletionSource? Done);

    private Journal(FileStream file, bool durable)
    {
        _file = file;
        Path = file.Name;
        _durable = durable;
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <summary>
    /// Called on the writer, in journal order, for each record of a group once the group is on disk and before
    /// anyone waiting is told: the station applies accepted transmissions here so that lanes and deliveries keep
    /// the order of acceptance. Set it before the first append.
    /// </summary>
    public Action<JournalRecord>? Committed { get; set; }

    /// <summary>
    /// Where the snapshot for compaction comes from: called on the writer, holding <see cref="StateLock"/>, once
    /// every record appended so far is on disk and applied; returns records that replay to the current state.
    /// Null: the journal is never compacted.
    /// </summary>
    public Func<List<JournalRecord>>? TakeSnapshot { get; set; }

    /// <summary>The lock that guards the state the records change (held while the journal is compacted).</summary>
    public object StateLock { get; set; } = new();

    /// <summary>How much the journal may grow past its last snapshot before it is compacted again.</summary>
    public long CompactAfterBytes { get; set; } = 64L << 20;

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
        if (File.Exists(path + ".compact")) File.Delete(path + ".compact");
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

    /// <summary>Appends a record that nobody waits for (it goes to disk with the next group).</summary>
    public void Append(JournalRecord record) => _pending.Writer.TryWrite(new Pending(record, null));

    private async Task WriteLoopAsync()
    {
        var group = new Group();
        var reader = _pending.Reader;
        try
        {
            while (await reader.WaitToReadAsync().ConfigureAwait(false))
            {
                WriteGroup(reader, group);
                if (TakeSnapshot is { } snapshot && _file.Length > CompactAfterBytes + _compactedLength) Compact(reader, group, snapshot);
            }
        }
        catch (Exception e)
        {
            _failure = new IOException($"journal {Path}: {e.Message}", e);
            foreach (var done in group.Waiting) done.TrySetException(_failure);
            while (reader.TryRead(out var item)) item.Done?.TrySetException(_failure);
        }
    }

    /// <summary>The writer's buffers, reused from group to group.</summary>
    private sealed class Group
    {
        public readonly MemoryStream Buffer = new();
        public readonly MemoryStream Payload = new();
        public readonly BinaryWriter Writer;
        public readonly List<TaskCompletionSource> Waiting = [];
        public readonly List<JournalRecord> Records = [];

        public Group() => Writer = new BinaryWriter(Payload, Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>Writes and fsyncs what is queued (up to a group's worth), then tells the station and the waiters.</summary>
    private bool WriteGroup(ChannelReader<Pending> reader, Group group)
    {
        group.Buffer.SetLength(0);
        group.Waiting.Clear();
        group.Records.Clear();
        while (group.Buffer.Length < MaxGroupBytes && reader.TryRead(out var item))
        {
            Encode(item.Record, group);
            if (item.Done is not null) group.Waiting.Add(item.Done);
            group.Records.Add(item.Record);
        }
        if (group.Records.Count == 0) return false;
        _file.Write(group.Buffer.GetBuffer(), 0, (int)group.Buffer.Length);
        _file.Flush(flushToDisk: _durable);
        Interlocked.Add(ref _appended, group.Records.Count);
        Interlocked.Increment(ref _syncs);
        if (Committed is { } committed)
            foreach (var record in group.Records) committed(record);
        foreach (var done in group.Waiting) done.TrySetResult();
        group.Waiting.Clear();
        return true;
    }

    private static void Encode(JournalRecord record, Group group)
    {
        group.Payload.SetLength(0);
        JournalCodec.Write(group.Writer, record);
        group.Writer.Flush();
        Frame(group.Payload, group.Buffer);
    }

    /// <summary>
    /// Replaces the journal with the state's snapshot. Under the state lock nothing that changes the state can be
    /// queued, so once the queue is drained to disk the snapshot holds everything the old file said; the lock is
    /// then let go (a large backlog takes a while to write) and whatever is queued meanwhile waits for this, the
    /// only writer, and goes into the new file. The new file is written beside the old one, fsynced and renamed
    /// over it: a crash at any point leaves one whole journal.
    /// </summary>
    private void Compact(ChannelReader<Pending> reader, Group group, Func<List<JournalRecord>> snapshot)
    {
        List<JournalRecord> records;
        lock (StateLock)
        {
            while (WriteGroup(reader, group)) { }
            records = snapshot();
        }
        var temporary = Path + ".compact";
        var next = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.Read, 1 << 16);
        try
        {
            foreach (var record in records)
            {
                group.Buffer.SetLength(0);
                Encode(record, group);
                next.Write(group.Buffer.GetBuffer(), 0, (int)group.Buffer.Length);
            }
            next.Flush(flushToDisk: _durable);
            File.Move(temporary, Path, overwrite: true);
        }
        catch
        {
            next.Dispose();
            throw;
        }
        _file.Dispose();
        _file = next;
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

    /// <summary>Writes what is pending, then closes the file.</summary>
    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
        await _file.DisposeAsync().ConfigureAwait(false);
    }
}
