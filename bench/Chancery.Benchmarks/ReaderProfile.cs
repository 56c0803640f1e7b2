using System.Diagnostics;
using System.Text;
using Chancery.Cables;

namespace Chancery.Benchmarks;

/// <summary>
/// A quick stopwatch profile of the reader, for when the benchmark shows a problem: time and managed
/// allocation of <see cref="CableReader.ReadAll"/> over the corpus read three ways (as one string, with
/// sections not merged, and file by file). Usage: <c>dotnet run -c Release --project bench/Chancery.Benchmarks -- profile [ROUNDS]</c>.
/// </summary>
internal static class ReaderProfile
{
    public static int Run(string[] args)
    {
        var rounds = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 3;
        var files = CorpusText.LoadFiles();
        var whole = CorpusText.Join(files);
        var bytes = Encoding.UTF8.GetByteCount(whole);
        Console.WriteLine($"corpus: {files.Count} files, {whole.Length:N0} chars, {bytes:N0} UTF-8 bytes; best of {rounds} rounds");

        var merged = new CableReader();
        var unmerged = new CableReader(new CableReaderOptions { MergeSections = false });
        Measure("ReadAll(whole corpus)", bytes, rounds, () => merged.ReadAll(whole, "corpus.txt").Count);
        Measure("ReadAll(whole corpus), MergeSections=false", bytes, rounds, () => unmerged.ReadAll(whole, "corpus.txt").Count);
        Measure("ReadAll(each file)", bytes, rounds, () => files.Sum(f => merged.ReadAll(f, "f.txt").Count));
        return 0;
    }

    private static void Measure(string name, long bytes, int rounds, Func<int> read)
    {
        read(); // JIT and tiering warm-up
        var best = TimeSpan.MaxValue;
        var bestCpu = TimeSpan.MaxValue;
        var gcPause = TimeSpan.Zero;
        var gcCounts = "";
        long allocated = 0;
        var cables = 0;
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < rounds; i++)
        {
            GC.Collect();
            var before = GC.GetAllocatedBytesForCurrentThread();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var pauseBefore = GC.GetTotalPauseDuration();
            int[] countsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            var clock = Stopwatch.StartNew();
            cables = read();
            clock.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (clock.Elapsed < best)
            {
                best = clock.Elapsed;
                gcPause = GC.GetTotalPauseDuration() - pauseBefore;
                gcCounts = $"{GC.CollectionCount(0) - countsBefore[0]}/{GC.CollectionCount(1) - countsBefore[1]}/{GC.CollectionCount(2) - countsBefore[2]}";
            }
            if (cpu < bestCpu) bestCpu = cpu;
        }
        // On a shared machine wall time includes waiting for a core; process CPU time (GC threads included) does not.
        Console.WriteLine($"{name,-44} wall {best.TotalMilliseconds,6:F0} ms {bytes / 1e6 / best.TotalSeconds,6:F1} MB/s  " +
            $"cpu {bestCpu.TotalMilliseconds,6:F0} ms {bytes / 1e6 / bestCpu.TotalSeconds,6:F1} MB/s  " +
            $"alloc {allocated / 1e6,5:F0} MB ({(double)allocated / bytes:F1}x input)  " +
            $"GC pause {gcPause.TotalMilliseconds,5:F0} ms (gen0/1/2 {gcCounts})  {cables} cables");
    }
}
