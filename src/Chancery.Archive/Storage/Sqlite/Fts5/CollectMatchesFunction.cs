using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using static Chancery.Archive.Storage.Sqlite.Fts5.Fts5Native;

namespace Chancery.Archive.Storage.Sqlite.Fts5;

/// <summary>
/// The FTS5 auxiliary function <c>chancery_collect(table, collector)</c>, used as the last condition of a full-text
/// scan's WHERE clause: it hands each matching row to the <see cref="MatchCollector"/> named by the integer
/// <c>collector</c>, scored the way FTS5's own <c>bm25(table, weights...)</c> scores it, and returns false so the
/// statement itself yields no rows.
/// </summary>
/// <remarks>
/// Why not bm25 in the SELECT list: bm25 looks up every row's size in the table's docsize B-tree, and every row
/// then crosses the data reader; both cost more than the scan itself when a word matches most of an archive. Here
/// the sizes come from memory (<see cref="MatchCollector.Lengths"/>, falling back to FTS5 where unknown), rows the
/// collector refuses are never scored, and nothing crosses the reader. A query of one phrase (the common case) needs
/// no pass of its own to count the phrase's rows: the scan counts them. The arithmetic is bm25's (fts5_aux.c): IDF
/// per phrase from a count of the rows holding it, the same k1 and b, the same order of operations, so ranks are
/// identical to bm25's to the last bit.
/// </remarks>
internal static unsafe class CollectMatchesFunction
{
    /// <summary>The function's SQL name.</summary>
    public const string Name = "chancery_collect";

    private static volatile bool _unavailable;

    /// <summary>
    /// Registers the function on <paramref name="connection"/>; false when it cannot be (then no connection uses it,
    /// and searches rank with bm25 in SQL).
    /// </summary>
    public static bool Register(SqliteConnection connection)
    {
        if (_unavailable) return false;
        try
        {
            if (CreateFunction(connection, Name, &Collect)) return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A SQLite other than e_sqlite3 (another SQLitePCLRaw provider): rank in SQL instead.
        }
        _unavailable = true;
        return false;
    }

    /// <summary>Whether registration has failed once in this process.</summary>
    public static bool Unavailable => _unavailable;

    /// <summary>What one statement's calls share: the collector and a buffer for each phrase's frequency in a row.</summary>
    private sealed class Scan(MatchCollector collector)
    {
        public MatchCollector Collector { get; } = collector;
        public double[]? Frequencies { get; set; }
    }

    // Called once per matching row (hundreds of thousands of times for a common word): compiled optimised from the
    // first call rather than after tiering notices it.
    [UnmanagedCallersOnly]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Collect(IntPtr api, IntPtr fts, IntPtr context, int count, IntPtr* values)
    {
        try
        {
            var scan = ScanOf(api, fts, count, values);
            if (scan is null)
            {
                Fail(context, $"{Name}: no open collector");
                return;
            }
            sqlite3_result_int(context, 0);
            var collector = scan.Collector;
            var row = ((delegate* unmanaged[SuppressGCTransition]<IntPtr, long>)Slot(api, XRowid))(fts);
            if (row < collector.From || row >= collector.Until) return;
            collector.Matched++;
            if (collector.Accept is { } accept && !accept(row)) return;
            if (collector.Ranked) Rank(api, fts, scan, row);
            else collector.Add(row, 0.0);
        }
        catch (Exception e)
        {
            Fail(context, $"{Name}: {e.Message}");
        }
    }

    private static Scan? ScanOf(IntPtr api, IntPtr fts, int count, IntPtr* values)
    {
        var kept = ((delegate* unmanaged[SuppressGCTransition]<IntPtr, int, IntPtr>)Slot(api, XGetAuxdata))(fts, 0);
        if (kept != 0) return (Scan)GCHandle.FromIntPtr(kept).Target!;
        if (count < 1 || MatchCollector.Find(sqlite3_value_int64(values[0])) is not { } collector) return null;
        var scan = new Scan(collector);
        var handle = GCHandle.Alloc(scan);
        var set = (delegate* unmanaged<IntPtr, IntPtr, IntPtr, int>)Slot(api, XSetAuxdata);
        if (set(fts, GCHandle.ToIntPtr(handle), (IntPtr)(delegate* unmanaged<IntPtr, void>)&Release) != 0)
        {
            handle.Free();
            return null;
        }
        return scan;
    }

    [UnmanagedCallersOnly]
    private static void Release(IntPtr handle) => GCHandle.FromIntPtr(handle).Free();

    /// <summary>
    /// Keeps the current row ranked as fts5Bm25Function ranks it; a one-phrase query's row waits for the phrase's
    /// count (<see cref="Bm25Statistics.Complete"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Rank(IntPtr api, IntPtr fts, Scan scan, long row)
    {
        var collector = scan.Collector;
        var statistics = collector.Statistics;
        var frequencies = scan.Frequencies ??= Prepare(api, fts, statistics);
        Array.Clear(frequencies);
        var weights = collector.Weights;
        int instances;
        Check(((delegate* unmanaged[SuppressGCTransition]<IntPtr, int*, int>)Slot(api, XInstCount))(fts, &instances));
        var inst = (delegate* unmanaged[SuppressGCTransition]<IntPtr, int, int*, int*, int*, int>)Slot(api, XInst);
        for (var i = 0; i < instances; i++)
        {
            int phrase, column, offset;
            Check(inst(fts, i, &phrase, &column, &offset));
            frequencies[phrase] += column < weights.Length ? weights[column] : 1.0;
        }
        double length;
        var lengths = collector.Lengths;
        if (lengths is not null && (ulong)row < (ulong)lengths.Length && lengths[row] >= 0) length = lengths[row];
        else
        {
            int tokens;
            Check(((delegate* unmanaged<IntPtr, int, int*, int>)Slot(api, XColumnSize))(fts, -1, &tokens));
            length = tokens;
        }
        if (frequencies.Length == 1)
        {
            collector.AddPending(row, frequencies[0], length);
            return;
        }
        var idf = statistics.Idf!;
        var score = 0.0;
        for (var i = 0; i < frequencies.Length; i++)
            score += Bm25.Term(idf[i], frequencies[i], length, statistics.AverageLength);
        collector.Add(row, -1.0 * score);
    }

    /// <summary>
    /// Fills in the query's figures the first time any part of the scan needs them (each phrase's IDF only for a
    /// query of several phrases) and gives the statement its frequency buffer.
    /// </summary>
    private static double[] Prepare(IntPtr api, IntPtr fts, Bm25Statistics statistics)
    {
        lock (statistics.Gate)
        {
            if (statistics.Phrases < 0)
            {
                long rows, tokens;
                Check(((delegate* unmanaged<IntPtr, long*, int>)Slot(api, XRowCount))(fts, &rows));
                Check(((delegate* unmanaged<IntPtr, int, long*, int>)Slot(api, XColumnTotalSize))(fts, -1, &tokens));
                statistics.Rows = rows;
                statistics.AverageLength = (double)tokens / rows;
                statistics.Phrases = ((delegate* unmanaged[SuppressGCTransition]<IntPtr, int>)Slot(api, XPhraseCount))(fts);
            }
            if (statistics.Phrases > 1 && statistics.Idf is null)
            {
                var idf = new double[statistics.Phrases];
                var query = (delegate* unmanaged<IntPtr, int, void*, IntPtr, int>)Slot(api, XQueryPhrase);
                for (var i = 0; i < idf.Length; i++)
                {
                    long hits = 0;
                    Check(query(fts, i, &hits, (IntPtr)(delegate* unmanaged<IntPtr, IntPtr, IntPtr, int>)&CountRow));
                    idf[i] = Bm25.Idf(statistics.Rows, hits);
                }
                statistics.Idf = idf;
            }
            return new double[statistics.Phrases];
        }
    }

    [UnmanagedCallersOnly]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CountRow(IntPtr api, IntPtr fts, IntPtr hits)
    {
        (*(long*)hits)++;
        return 0;
    }

    private static void Check(int code)
    {
        if (code != 0) throw new InvalidOperationException($"FTS5 error {code}");
    }

    private static void Fail(IntPtr context, string message)
    {
        var utf8 = Encoding.UTF8.GetBytes(message);
        fixed (byte* bytes = utf8) sqlite3_result_error(context, bytes, utf8.Length);
    }
}
