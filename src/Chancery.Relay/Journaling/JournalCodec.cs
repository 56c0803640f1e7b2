using Chancery.Cables;
using Chancery.Relay.Routing;

namespace Chancery.Relay.Journaling;

/// <summary>Binary form of <see cref="JournalRecord"/>s (one type byte, then the fields in order).</summary>
internal static class JournalCodec
{
    private const byte Accepted = 1, HopAcked = 2, Delivered = 3, HopMoved = 4, SerialSeen = 5, Snapshot = 6, Answered = 7, Carried = 8;

    public static void Write(BinaryWriter w, JournalRecord record)
    {
        switch (record)
        {
            case AcceptedRecord a:
                w.Write(Accepted);
                WriteAccepted(w, a);
                break;
            case SnapshotRecord s:
                w.Write(Snapshot);
                w.Write(s.NextId);
                w.Write(s.NextStationSerial);
                w.Write(s.Journaled);
                w.Write(s.Delivered);
                w.Write(s.LastSerialReceived.Count);
                foreach (var (link, serial) in s.LastSerialReceived)
                {
                    w.Write(link);
                    w.Write(serial);
                }
                w.Write(s.Unroutable.Count);
                foreach (var u in s.Unroutable)
                {
                    w.Write(u.RoutingIndicator);
                    w.Write(u.ReferenceId);
                }
                break;
            case AnsweredRecord n:
                w.Write(Answered);
                w.Write(n.Station);
                w.Write(n.Section);
                w.Write(n.Indicator);
                w.Write(n.Ranges.Count);
                foreach (var (low, high) in n.Ranges)
                {
                    w.Write(low);
                    w.Write(high);
                }
                break;
            case CarriedRecord c:
                w.Write(Carried);
                w.Write(c.NeedsDelivery);
                WriteAccepted(w, c.Transmission);
                break;
            case HopAckedRecord h:
                w.Write(HopAcked);
                w.Write(h.Id);
                w.Write(h.Link);
                break;
            case DeliveredRecord d:
                w.Write(Delivered);
                w.Write(d.Id);
                w.Write(d.At.UtcTicks);
                break;
            case HopMovedRecord m:
                w.Write(HopMoved);
                w.Write(m.Id);
                w.Write(m.FromLink);
                WriteHops(w, m.Hops);
                break;
            case SerialSeenRecord s:
                w.Write(SerialSeen);
                w.Write(s.Link);
                w.Write(s.Serial);
                break;
            default:
                throw new ArgumentException($"unknown journal record {record.GetType().Name}", nameof(record));
        }
    }

    private static void WriteAccepted(BinaryWriter w, AcceptedRecord a)
    {
        w.Write(a.Id);
        w.Write(a.ReceivedAt.UtcTicks);
        w.Write(a.ArrivedOn ?? "");
        w.Write(a.ArrivedSerial);
        w.Write(a.Key.Station);
        w.Write(a.Key.Serial);
        w.Write(a.Key.Section);
        w.Write(a.ReferenceId ?? "");
        w.Write((byte)a.Precedence);
        WriteList(w, a.Indicators);
        w.Write(a.Text);
        WriteList(w, a.Local);
        WriteHops(w, a.Hops);
        WriteList(w, a.Unroutable);
    }

    private static AcceptedRecord ReadAccepted(BinaryReader r) => new(
        r.ReadInt64(),
        new DateTimeOffset(r.ReadInt64(), TimeSpan.Zero),
        NullIfEmpty(r.ReadString()),
        r.ReadInt32(),
        new MessageKey(r.ReadString(), r.ReadInt32(), r.ReadInt32()),
        NullIfEmpty(r.ReadString()),
        (Precedence)r.ReadByte(),
        ReadList(r),
        r.ReadString(),
        ReadList(r),
        ReadHops(r),
        ReadList(r));

    private static CarriedRecord ReadCarried(BinaryReader r)
    {
        var needsDelivery = r.ReadBoolean();
        return new CarriedRecord(ReadAccepted(r), needsDelivery);
    }

    private static SnapshotRecord ReadSnapshot(BinaryReader r)
    {
        var nextId = r.ReadInt64();
        var nextSerial = r.ReadInt32();
        var journaled = r.ReadInt64();
        var delivered = r.ReadInt64();
        var links = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = Count(r, 100_000); i > 0; i--) links[r.ReadString()] = r.ReadInt32();
        var unroutable = new List<Station.UnroutableIndicator>();
        for (var i = Count(r, 10_000_000); i > 0; i--) unroutable.Add(new Station.UnroutableIndicator(r.ReadString(), r.ReadString()));
        return new SnapshotRecord(nextId, nextSerial, journaled, delivered, links, unroutable);
    }

    private static AnsweredRecord ReadAnswered(BinaryReader r)
    {
        var station = r.ReadString();
        var section = r.ReadInt32();
        var indicator = r.ReadString();
        var ranges = new List<(int, int)>();
        for (var i = Count(r, 10_000_000); i > 0; i--) ranges.Add((r.ReadInt32(), r.ReadInt32()));
        return new AnsweredRecord(station, section, indicator, ranges);
    }

    private static int Count(BinaryReader r, int max)
    {
        var count = r.ReadInt32();
        if (count < 0 || count > max) throw new InvalidDataException("bad count");
        return count;
    }

    /// <summary>Reads one record; throws on anything malformed (the caller treats that as the end of the journal).</summary>
    public static JournalRecord Read(BinaryReader r)
    {
        var type = r.ReadByte();
        return type switch
        {
            Accepted => ReadAccepted(r),
            Snapshot => ReadSnapshot(r),
            Answered => ReadAnswered(r),
            Carried => ReadCarried(r),
            HopAcked => new HopAckedRecord(r.ReadInt64(), r.ReadString()),
            Delivered => new DeliveredRecord(r.ReadInt64(), new DateTimeOffset(r.ReadInt64(), TimeSpan.Zero)),
            HopMoved => new HopMovedRecord(r.ReadInt64(), r.ReadString(), ReadHops(r)),
            SerialSeen => new SerialSeenRecord(r.ReadString(), r.ReadInt32()),
            _ => throw new InvalidDataException($"unknown journal record type {type}"),
        };
    }

    private static void WriteList(BinaryWriter w, IReadOnlyList<string> items)
    {
        w.Write(items.Count);
        foreach (var item in items) w.Write(item);
    }

    private static List<string> ReadList(BinaryReader r)
    {
        var count = r.ReadInt32();
        if (count is < 0 or > 100_000) throw new InvalidDataException("bad list length");
        var list = new List<string>(count);
        for (var i = 0; i < count; i++) list.Add(r.ReadString());
        return list;
    }

    private static void WriteHops(BinaryWriter w, IReadOnlyList<Hop> hops)
    {
        w.Write(hops.Count);
        foreach (var hop in hops)
        {
            w.Write(hop.Link);
            w.Write((byte)hop.Precedence);
            WriteList(w, hop.RoutingIndicators);
        }
    }

    private static List<Hop> ReadHops(BinaryReader r)
    {
        var count = r.ReadInt32();
        if (count is < 0 or > 10_000) throw new InvalidDataException("bad hop count");
        var hops = new List<Hop>(count);
        for (var i = 0; i < count; i++)
        {
            var link = r.ReadString();
            var precedence = (Precedence)r.ReadByte();
            hops.Add(new Hop(link, ReadList(r), precedence));
        }
        return hops;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
