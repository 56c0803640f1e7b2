using Chancery.Cables;
using Chancery.Relay.Routing;

namespace Chancery.Relay.Journaling;

/// <summary>Binary form of <see cref="JournalRecord"/>s (one type byte, then the fields in order).</summary>
internal static class JournalCodec
{
    private const byte Accepted = 1, HopAcked = 2, Delivered = 3, HopMoved = 4, SerialSeen = 5;

    public static void Write(BinaryWriter w, JournalRecord record)
    {
        switch (record)
        {
            case AcceptedRecord a:
                w.Write(Accepted);
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

    /// <summary>Reads one record; throws on anything malformed (the caller treats that as the end of the journal).</summary>
    public static JournalRecord Read(BinaryReader r)
    {
        var type = r.ReadByte();
        return type switch
        {
            Accepted => new AcceptedRecord(
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
                ReadList(r)),
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
