using System.Globalization;
using System.Text;
using Chancery.Cables;

namespace Chancery.Relay.Wire;

/// <summary>
/// A station-to-station service message (FORMAT_SPEC §2.4, abbreviated plaindress: FL1, FL2, FL3 without serial,
/// the text, NNNN). Link-level service messages carry no channel serial, so that the numbered series belongs to
/// traffic alone. Signals used by the links (§2.3, §2.6):
/// <c>ZID n</c> last channel number received (the receipt, the greeting on connect and the idle check);
/// <c>ZIC n</c> the sender agrees; <c>ZFX n</c> open number n (a gap); <c>ZES2 n</c> n came garbled or incomplete,
/// retransmit; <c>ZFD n</c> n was a duplicate of a message already held, filed and not relayed;
/// <c>ZFT</c> a transmission came without a channel number.
/// </summary>
/// <param name="Channel">The sender's channel designator.</param>
/// <param name="Precedence">The service message's precedence.</param>
/// <param name="To">The receiving station's routing indicator.</param>
/// <param name="From">The sending station's routing indicator (FL3).</param>
/// <param name="Signal">The operating signal, e.g. <c>ZID</c>.</param>
/// <param name="Argument">The channel number it refers to (designator + four digits), or empty.</param>
internal sealed record ServiceMessage(string Channel, Precedence Precedence, string To, string From, string Signal, string Argument)
{
    /// <summary>The text for the wire.</summary>
    public string Format()
    {
        var p = Names.Prosign(Precedence);
        var text = new StringBuilder(64);
        text.Append("VZCZC").Append(Channel).Append('\n');
        text.Append(p).Append(p).Append(' ').Append(To).Append('\n');
        text.Append("DE ").Append(From).Append('\n');
        text.Append("UNCLAS SVC ").Append(Signal);
        if (Argument.Length > 0) text.Append(' ').Append(Argument);
        text.Append("\nNNNN\n");
        return text.ToString();
    }

    /// <summary>The channel number <c>ABC0042</c> for a designator and a serial.</summary>
    public static string ChannelNumber(string channel, int serial) => channel + serial.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The serial of a channel number argument (<c>ABC0042</c> -> 42), or null.</summary>
    public int? Serial
    {
        get
        {
            var digits = Argument.AsSpan().TrimStart("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
            return digits.Length > 0 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        }
    }

    /// <summary>Reads a service message from a whole transmission's text; false for traffic.</summary>
    public static bool TryParse(string text, out ServiceMessage message)
    {
        message = null!;
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length < 4 || !lines[0].StartsWith("VZCZC", StringComparison.Ordinal)) return false;
        var channel = lines[0][5..];
        if (channel.Length == 0 || !channel.All(char.IsAsciiLetterUpper)) return false;
        var routing = lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (routing.Length != 2 || routing[0].Length != 2 || routing[0][0] != routing[0][1] || Names.FromProsign(routing[0][0]) is not { } precedence) return false;
        var de = lines[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (de.Length != 2 || de[0] != "DE") return false;
        if (!lines[3].StartsWith("UNCLAS SVC ", StringComparison.Ordinal)) return false;
        var words = lines[3]["UNCLAS SVC ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return false;
        message = new ServiceMessage(channel, precedence, routing[1], de[1], words[0], words.Length > 1 ? words[1] : "");
        return true;
    }
}
