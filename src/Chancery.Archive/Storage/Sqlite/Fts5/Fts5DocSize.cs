namespace Chancery.Archive.Storage.Sqlite.Fts5;

/// <summary>Reads FTS5's <c>%_docsize</c> records: one SQLite varint per column, the column's size in tokens.</summary>
internal static class Fts5DocSize
{
    /// <summary>The row's size in tokens over all columns (what bm25 takes as the document's length), or -1 when malformed.</summary>
    public static int Total(ReadOnlySpan<byte> record)
    {
        long total = 0;
        var i = 0;
        while (i < record.Length)
        {
            long value = 0;
            for (var bytes = 0; ; bytes++)
            {
                if (i >= record.Length || bytes == 9) return -1;
                var b = record[i++];
                value = (value << 7) | (uint)(b & 0x7f);
                if ((b & 0x80) == 0) break;
            }
            total += value;
        }
        return total > int.MaxValue ? -1 : (int)total;
    }
}
