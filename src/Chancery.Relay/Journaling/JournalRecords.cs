using Chancery.Cables;
using Chancery.Relay.Routing;

namespace Chancery.Relay.Journaling;

/// <summary>A message identification as ACP 127 §116 keys it: originating station, station serial, section.</summary>
/// <param name="Station">FL3 routing indicator of the station that prepared the transmission.</param>
/// <param name="Serial">FL3 station serial number.</param>
/// <param name="Section">FL3 transmission section (1 when the message is not sectioned).</param>
public readonly record struct MessageKey(string Station, int Serial, int Section)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Station} #{Serial:D4}/{Section:D2}";
}

/// <summary>One row of the station's journal: each is a change of state of a transmission or a link.</summary>
internal abstract record JournalRecord;

/// <summary>
/// A transmission is accepted (from a neighbour or released here) with its routing decided: the station is
/// answerable for it from the moment this record is on disk.
/// </summary>
/// <param name="Id">The station's own transmission number (1, 2, ...).</param>
/// <param name="ReceivedAt">When it was accepted.</param>
/// <param name="ArrivedOn">The link it came in by, or null when released here.</param>
/// <param name="ArrivedSerial">Its channel serial on that link (0 when released here).</param>
/// <param name="Key">Originating station, station serial, section.</param>
/// <param name="ReferenceId">The cable's reference id, when the reader found one.</param>
/// <param name="Precedence">The routing precedence it arrived with.</param>
/// <param name="Indicators">The routing indicators this station became answerable for (after duplicates were removed).</param>
/// <param name="Text">The transmission text as accepted (FL1 to NNNN).</param>
/// <param name="Local">Indicators delivered here.</param>
/// <param name="Hops">Segregated copies, one per outgoing link.</param>
/// <param name="Unroutable">Indicators no route reaches.</param>
internal sealed record AcceptedRecord(
    long Id,
    DateTimeOffset ReceivedAt,
    string? ArrivedOn,
    int ArrivedSerial,
    MessageKey Key,
    string? ReferenceId,
    Precedence Precedence,
    IReadOnlyList<string> Indicators,
    string Text,
    IReadOnlyList<string> Local,
    IReadOnlyList<Hop> Hops,
    IReadOnlyList<string> Unroutable) : JournalRecord;

/// <summary>The neighbour on <paramref name="Link"/> acknowledged its copy of transmission <paramref name="Id"/>.</summary>
internal sealed record HopAckedRecord(long Id, string Link) : JournalRecord;

/// <summary>Transmission <paramref name="Id"/> was stored in the local archive.</summary>
internal sealed record DeliveredRecord(long Id, DateTimeOffset At) : JournalRecord;

/// <summary>The copy of <paramref name="Id"/> waiting on <paramref name="FromLink"/> moved to the alternate routes in <paramref name="Hops"/>.</summary>
internal sealed record HopMovedRecord(long Id, string FromLink, IReadOnlyList<Hop> Hops) : JournalRecord;

/// <summary>Channel serial <paramref name="Serial"/> was received on <paramref name="Link"/> (a duplicate that was filed, not accepted).</summary>
internal sealed record SerialSeenRecord(string Link, int Serial) : JournalRecord;

/// <summary>
/// The first record of a compacted journal: the station's counters and serials as they stood (the records they
/// were counted from were dropped).
/// </summary>
internal sealed record SnapshotRecord(
    long NextId,
    int NextStationSerial,
    long Journaled,
    long Delivered,
    IReadOnlyDictionary<string, int> LastSerialReceived,
    IReadOnlyList<Station.UnroutableIndicator> Unroutable) : JournalRecord;

/// <summary>In a compacted journal: the station serials of <paramref name="Station"/> answered for <paramref name="Indicator"/>, as ranges.</summary>
internal sealed record AnsweredRecord(string Station, int Section, string Indicator, IReadOnlyList<(int Low, int High)> Ranges) : JournalRecord;

/// <summary>In a compacted journal: a transmission with work left, carried over with only its open copies.</summary>
internal sealed record CarriedRecord(AcceptedRecord Transmission, bool NeedsDelivery) : JournalRecord;
