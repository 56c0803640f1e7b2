using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Chancery.Relay.Journaling;

/// <summary>
/// fdatasync of a file: its data (and the size, when that changed) on disk, without the timestamps an fsync also
/// writes. Over a region already allocated (the journal preallocates with zeros) it needs no filesystem journal
/// commit, so it does not wait for other files' metadata: on a busy disk its slowest calls are several times
/// quicker than fsync's. Elsewhere than Linux it is an fsync.
/// </summary>
internal static partial class DataSync
{
    /// <summary>Flushes what was written to <paramref name="file"/> to disk.</summary>
    public static void Flush(FileStream file)
    {
        file.Flush(flushToDisk: false);
        if (!OperatingSystem.IsLinux())
        {
            file.Flush(flushToDisk: true);
            return;
        }
        if (Fdatasync(file.SafeFileHandle) != 0)
            throw new IOException($"fdatasync of {file.Name} failed (errno {Marshal.GetLastPInvokeError()})");
    }

    [LibraryImport("libc", EntryPoint = "fdatasync", SetLastError = true)]
    private static partial int Fdatasync(SafeFileHandle fd);
}
