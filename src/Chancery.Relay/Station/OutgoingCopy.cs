using Chancery.Cables;

namespace Chancery.Relay.Station;

/// <summary>One segregated copy waiting for (or on) one link.</summary>
/// <param name="Id">The transmission's number in this station's journal.</param>
/// <param name="Link">The link it leaves by.</param>
/// <param name="Indicators">Its routing line.</param>
/// <param name="Precedence">Its routing precedence (which lane it waits in).</param>
/// <param name="Tail">The transmission from FL3 to NNNN (a slice of the accepted text).</param>
/// <param name="AcceptedAt">When the station accepted the transmission (for the oldest-waiting report).</param>
internal sealed record OutgoingCopy(long Id, string Link, IReadOnlyList<string> Indicators, Precedence Precedence, ReadOnlyMemory<char> Tail, DateTimeOffset AcceptedAt)
{
    /// <summary>How many times this copy went on the wire (guarded by the station lock).</summary>
    public int Transmissions { get; set; }
}
