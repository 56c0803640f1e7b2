using System.Diagnostics.Tracing;
using Chancery.Cables;

namespace Chancery.Benchmarks;

/// <summary>
/// Which types the reader allocates most while reading the corpus file by file, from the runtime's allocation
/// sampling (one event per ~100 KB allocated, so the amounts are estimates). Usage:
/// <c>dotnet run -c Release --project bench/Chancery.Benchmarks -- alloc [TOP]</c>. For call sites, record the same
/// events with stacks: <c>dotnet-trace collect --providers Microsoft-Windows-DotNETRuntime:0x1:5 -- ...</c>.
/// </summary>
internal static class AllocationProfile
{
    public static int Run(string[] args)
    {
        var top = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 25;
        var files = CorpusText.LoadFiles();
        var reader = new CableReader();
        void ReadAll() { foreach (var file in files) reader.ReadAll(file, "f.txt"); }
        ReadAll(); // JIT and the reader's per-thread lists
        long total;
        Dictionary<string, long> byType;
        using (var listener = new AllocationListener())
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            ReadAll();
            total = GC.GetAllocatedBytesForCurrentThread() - before;
            byType = listener.Snapshot();
        }
        Console.WriteLine($"allocated {total / 1e6:F1} MB reading {files.Count} files; sampled by type:");
        foreach (var (type, bytes) in byType.OrderByDescending(kv => kv.Value).Take(top))
            Console.WriteLine($"{bytes / 1e6,8:F1} MB  {type}");
        return 0;
    }

    private sealed class AllocationListener : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;
        private readonly Dictionary<string, long> _byType = [];

        public Dictionary<string, long> Snapshot()
        {
            lock (_byType) return new Dictionary<string, long>(_byType);
        }

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is not "GCAllocationTick_V4" || e.Payload is null || e.PayloadNames is null) return;
            var type = e.Payload[e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")]);
            lock (_byType) _byType[type] = _byType.GetValueOrDefault(type) + amount;
        }
    }
}
