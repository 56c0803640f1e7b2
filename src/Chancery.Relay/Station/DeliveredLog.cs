using System.Text;
using System.Text.Json;

namespace Chancery.Relay.Station;

/// <summary>
/// What was delivered locally, as JSON Lines in the data directory (<c>delivered.jsonl</c>), so that the station
/// does not hold every delivery in memory. A delivery is written here before its journal record: after a crash
/// between the two it is delivered again and written again under the same transmission id, and reading keeps
/// the first line of each id. A torn last line is skipped.
/// </summary>
internal sealed class DeliveredLog : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _path;
    private readonly FileStream _file;

    public DeliveredLog(string path)
    {
        _path = path;
        _file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, 1 << 16);
        // A torn line from a crash must not run into the next one.
        if (_file.Length > 0 && LastByte(path) != '\n') _file.WriteByte((byte)'\n');
    }

    private sealed record Line(long Id, string ReferenceId, int StationSerial, int Section, string OriginatingStation,
        IReadOnlyList<string> RoutingIndicators, string Precedence, DateTimeOffset ReceivedAt);

    /// <summary>Appends deliveries (to the operating system, not fsynced: the journal decides what was delivered).</summary>
    public void Append(IEnumerable<(long Id, DeliveredTransmission Delivery)> deliveries)
    {
        var text = new StringBuilder();
        foreach (var (id, d) in deliveries)
            text.Append(JsonSerializer.Serialize(new Line(id, d.ReferenceId, d.StationSerial, d.Section, d.OriginatingStation, d.RoutingIndicators, d.Precedence, d.ReceivedAt), Json)).Append('\n');
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        lock (_file)
        {
            _file.Write(bytes);
            _file.Flush();
        }
    }

    /// <summary>Every delivery, in order, each transmission once.</summary>
    public List<DeliveredTransmission> ReadAll()
    {
        var seen = new HashSet<long>();
        var result = new List<DeliveredTransmission>();
        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } text)
        {
            if (text.Length == 0) continue;
            Line? line;
            try
            {
                line = JsonSerializer.Deserialize<Line>(text, Json);
            }
            catch (JsonException)
            {
                continue;
            }
            if (line is null || !seen.Add(line.Id)) continue;
            result.Add(new DeliveredTransmission(line.ReferenceId, line.StationSerial, line.Section, line.OriginatingStation,
                line.RoutingIndicators, line.Precedence, line.ReceivedAt));
        }
        return result;
    }

    /// <summary>
    /// The last <paramref name="count"/> deliveries, oldest first, reading only the end of the file (the comm centre
    /// asks for these on every refresh; <see cref="ReadAll"/> would read every delivery ever made).
    /// </summary>
    public List<DeliveredTransmission> ReadLast(int count)
    {
        if (count <= 0) return [];
        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var length = stream.Length;
        var window = Math.Min(length, Math.Max(8192L, count * 512L));
        while (true)
        {
            var bytes = new byte[window];
            stream.Seek(length - window, SeekOrigin.Begin);
            stream.ReadExactly(bytes);
            var lines = Encoding.UTF8.GetString(bytes).Split('\n');
            // The first piece is a partial line unless the window starts at the beginning of the file.
            var whole = window == length ? lines : lines[1..];
            var parsed = new List<Line>();
            foreach (var text in whole)
            {
                if (text.Length == 0) continue;
                try
                {
                    if (JsonSerializer.Deserialize<Line>(text, Json) is { } line) parsed.Add(line);
                }
                catch (JsonException)
                {
                }
            }
            var seen = new HashSet<long>();
            var distinct = parsed.Where(l => seen.Add(l.Id)).ToList();
            if (distinct.Count >= count || window == length)
                return distinct.Skip(Math.Max(0, distinct.Count - count)).Select(line => new DeliveredTransmission(line.ReferenceId, line.StationSerial,
                    line.Section, line.OriginatingStation, line.RoutingIndicators, line.Precedence, line.ReceivedAt)).ToList();
            window = Math.Min(length, window * 4);
        }
    }

    private static int LastByte(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(-1, SeekOrigin.End);
        return stream.ReadByte();
    }

    public void Dispose() => _file.Dispose();
}
