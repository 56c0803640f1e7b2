using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Chancery.Cli.Inputs;

/// <summary>
/// Reads a text file as <see cref="File.ReadAllText(string)"/> does, faster for the common case: a file of valid
/// UTF-8 without a byte order mark is read into a pooled buffer and decoded in one step, with no reader, no
/// decoder and no growing buffers. Anything else (a byte order mark, invalid UTF-8, a file that grows while it is
/// read) is read by <see cref="File.ReadAllText(string)"/> itself, so the text is always the same.
/// </summary>
internal static class TextFile
{
    /// <summary>The text of the file at <paramref name="path"/>.</summary>
    public static string Read(string path)
    {
        byte[]? buffer = null;
        try
        {
            using (var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan))
            {
                var length = RandomAccess.GetLength(handle);
                if (length >= Array.MaxLength) return File.ReadAllText(path);
                // One byte more than the length tells a file that grew from one that did not.
                buffer = ArrayPool<byte>.Shared.Rent((int)length + 1);
                var read = 0;
                while (read < buffer.Length)
                {
                    var n = RandomAccess.Read(handle, buffer.AsSpan(read), read);
                    if (n == 0) break;
                    read += n;
                }
                var bytes = buffer.AsSpan(0, read);
                if (read == buffer.Length || HasByteOrderMark(bytes) || !Utf8.IsValid(bytes)) return File.ReadAllText(path);
                return Encoding.UTF8.GetString(bytes);
            }
        }
        finally
        {
            if (buffer is not null) ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // The marks File.ReadAllText looks for: UTF-8, UTF-16 in either order (and UTF-32, which starts like them).
    private static bool HasByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);
}
