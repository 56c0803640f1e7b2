using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Chancery.Cables;

namespace Chancery.Benchmarks;

/// <summary>
/// Throughput of <see cref="CableReader.ReadAll"/> over the whole corpus as one string. The extra columns
/// give MB/s (UTF-8 bytes of input per second of mean time) and allocated bytes per input byte.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 5)]
[Config(typeof(ThroughputColumns))]
public class ReaderBenchmarks
{
    private List<string> _files = [];
    private string _text = "";
    private readonly CableReader _reader = new();

    /// <summary>Loads the corpus once per process.</summary>
    [GlobalSetup]
    public void LoadCorpus()
    {
        _files = CorpusText.LoadFiles();
        _text = CorpusText.Join(_files);
        Console.WriteLine($"// corpus: {_text.Length:N0} chars, {Encoding.UTF8.GetByteCount(_text):N0} UTF-8 bytes");
    }

    /// <summary>Reads every cable of the corpus, given as one string.</summary>
    [Benchmark(Baseline = true)]
    public int ReadAll() => _reader.ReadAll(_text, "corpus.txt").Count;

    /// <summary>
    /// Reads the same cables file by file, as the CLI does: the difference from <see cref="ReadAll"/> is what
    /// holding every line of one huge input alive costs (mostly garbage collection).
    /// </summary>
    [Benchmark]
    public int ReadEachFile()
    {
        var count = 0;
        foreach (var file in _files) count += _reader.ReadAll(file, "cable.txt").Count;
        return count;
    }

    private sealed class ThroughputColumns : ManualConfig
    {
        public ThroughputColumns()
        {
            var bytes = Encoding.UTF8.GetByteCount(CorpusText.Load());
            AddColumn(new InputColumn("Input MB", bytes), new ThroughputColumn(bytes), new AllocationRatioColumn(bytes));
        }
    }

    private sealed class InputColumn(string name, long bytes) : SimpleColumn(name)
    {
        protected override string Value(Summary summary, BenchmarkCase benchmark) => (bytes / 1e6).ToString("F1");
    }

    private sealed class ThroughputColumn(long bytes) : SimpleColumn("MB/s")
    {
        protected override string Value(Summary summary, BenchmarkCase benchmark)
        {
            var meanNs = summary[benchmark]?.ResultStatistics?.Mean;
            return meanNs is > 0 ? (bytes / 1e6 / (meanNs.Value / 1e9)).ToString("F1") : "-";
        }
    }

    private sealed class AllocationRatioColumn(long bytes) : SimpleColumn("Alloc/input")
    {
        protected override string Value(Summary summary, BenchmarkCase benchmark)
        {
            var allocated = summary[benchmark]?.GcStats.GetBytesAllocatedPerOperation(benchmark);
            return allocated is > 0 ? (allocated.Value / (double)bytes).ToString("F2") + "x" : "-";
        }
    }

    private abstract class SimpleColumn(string name) : IColumn
    {
        public string Id => GetType().Name + name;
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => name switch
        {
            "MB/s" => "Input UTF-8 megabytes (1e6) read per second of mean time",
            "Alloc/input" => "Managed bytes allocated per operation divided by input UTF-8 bytes",
            _ => "Input size in UTF-8 megabytes (1e6)",
        };
        public bool IsDefault(Summary summary, BenchmarkCase benchmark) => false;
        public bool IsAvailable(Summary summary) => true;
        public string GetValue(Summary summary, BenchmarkCase benchmark) => Value(summary, benchmark);
        public string GetValue(Summary summary, BenchmarkCase benchmark, SummaryStyle style) => Value(summary, benchmark);
        protected abstract string Value(Summary summary, BenchmarkCase benchmark);
    }
}
