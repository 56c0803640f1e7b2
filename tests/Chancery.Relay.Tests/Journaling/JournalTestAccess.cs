using Chancery.Relay.Journaling;

namespace Chancery.Relay.Tests.Journaling;

internal static class JournalTestAccess
{
    /// <summary>Rewrites a journal without its receipt records (as if they had never been written); returns how many records stay.</summary>
    public static int WithoutAcknowledgements(string path)
    {
        List<JournalRecord> records;
        using (Journal.Open(path, out records, durable: false) is var j ? new Closer(j) : null) { }
        File.Delete(path);
        var kept = records.Where(r => r is not HopAckedRecord).ToList();
        var journal = Journal.Open(path, out _, durable: false);
        foreach (var r in kept) journal.AppendAsync(r).GetAwaiter().GetResult();
        journal.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return kept.Count;
    }

    private sealed class Closer(Journal journal) : IDisposable
    {
        public void Dispose() => journal.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
