namespace Chancery.Relay.Journaling;

/// <summary>
/// A snapshot of the journal being written in the background to a file beside it (<c>journal.log.compact</c>),
/// so that the writer goes on committing appends to the log meanwhile: a large backlog makes a snapshot of
/// hundreds of megabytes, and a FLASH must not wait for it. <see cref="Mark"/> is where the log ended when the
/// snapshot was taken; what the log holds past it is copied after the snapshot before the file replaces the log.
/// </summary>
internal sealed class JournalCompaction
{
    private readonly Task<FileStream> _writing;

    private JournalCompaction(string temporary, long mark, Task<FileStream> writing)
    {
        Temporary = temporary;
        Mark = mark;
        _writing = writing;
    }

    /// <summary>The file the snapshot goes to.</summary>
    public string Temporary { get; }

    /// <summary>The length of the log when the snapshot was taken.</summary>
    public long Mark { get; }

    /// <summary>Whether the snapshot is written (or failed: <see cref="Take"/> throws why).</summary>
    public bool IsWritten => _writing.IsCompleted;

    /// <summary>Where the snapshot of the journal at <paramref name="journalPath"/> is written.</summary>
    public static string TemporaryPath(string journalPath) => journalPath + ".compact";

    /// <summary>
    /// Starts writing <paramref name="records"/> (and fsyncing them when <paramref name="durable"/>); calls
    /// <paramref name="written"/> when done. <paramref name="gate"/> holds the writing back until it completes (tests).
    /// </summary>
    public static JournalCompaction Start(string journalPath, List<JournalRecord> records, long mark, bool durable, Action written, Task? gate = null)
    {
        var temporary = TemporaryPath(journalPath);
        var writing = Task.Run(async () =>
        {
            if (gate is not null) await gate.ConfigureAwait(false);
            return Write(temporary, records, durable);
        });
        writing.ContinueWith(_ => written(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return new JournalCompaction(temporary, mark, writing);
    }

    private static FileStream Write(string temporary, List<JournalRecord> records, bool durable)
    {
        var file = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.Read, 1 << 16);
        try
        {
            var group = new Journal.Group();
            foreach (var record in records)
            {
                group.Buffer.SetLength(0);
                Journal.Encode(record, group);
                file.Write(group.Buffer.GetBuffer(), 0, (int)group.Buffer.Length);
            }
            file.Flush(flushToDisk: durable);
            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Blocks until the snapshot is written (or failed).</summary>
    public void WaitWritten() => ((IAsyncResult)_writing).AsyncWaitHandle.WaitOne();

    /// <summary>The written snapshot, positioned at its end; throws what went wrong writing it.</summary>
    public FileStream Take() => _writing.GetAwaiter().GetResult();

    /// <summary>Gives up on the snapshot (the journal failed): closes and deletes its file once written.</summary>
    public void Abandon()
    {
        _writing.ContinueWith(t =>
        {
            if (t.IsCompletedSuccessfully) t.Result.Dispose();
            try { File.Delete(Temporary); } catch (IOException) { }
        }, TaskScheduler.Default);
    }

    /// <summary>Appends to <paramref name="to"/> what <paramref name="log"/> holds from <paramref name="from"/> to its end.</summary>
    public static void CopyTail(FileStream log, long from, FileStream to)
    {
        log.Flush(flushToDisk: false);
        var buffer = new byte[1 << 16];
        var end = log.Length;
        for (var offset = from; offset < end;)
        {
            var n = RandomAccess.Read(log.SafeFileHandle, buffer.AsSpan(0, (int)Math.Min(buffer.Length, end - offset)), offset);
            if (n == 0) throw new IOException($"journal ended at {offset} while copying its tail to {end}");
            to.Write(buffer, 0, n);
            offset += n;
        }
    }
}
