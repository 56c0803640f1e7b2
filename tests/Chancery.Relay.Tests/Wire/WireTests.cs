using System.Text;
using Chancery.Cables;
using Chancery.Relay.Wire;

namespace Chancery.Relay.Tests.Wire;

public class TransmissionTextTests
{
    private const string Received = """
        VZCZCXRO1728
        PP RUEHDBU RUEHLN RUEHVK RUEHYG RUEHAA RUEHBB RUEHCC RUEHDD RUEHEE
        RUEHFF RUEHGG
        DE RUEHAST #0041/01 1140336
        ZNR UUUUU ZZH
        P 240336Z APR 06
        FM USOFFICE ASTANA
        BT
        UNCLAS
        BT
        #0041
        NNNN

        """;

    [Fact]
    public void The_tail_starts_at_the_de_line_even_after_a_wrapped_routing_line()
    {
        var tail = TransmissionText.Tail(Received);
        Assert.StartsWith("DE RUEHAST #0041/01", tail, StringComparison.Ordinal);
        Assert.EndsWith("NNNN\n", tail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relay_copy_gets_new_fl1_and_a_segregated_fl2_and_the_rest_unchanged()
    {
        var copy = TransmissionText.Compose("WAC", 42, Precedence.Priority, ["RUEHDBU", "RUEHLN"], TransmissionText.Tail(Received));

        var lines = copy.Split('\n');
        Assert.Equal("VZCZCWAC0042", lines[0]);
        Assert.Equal("PP RUEHDBU RUEHLN", lines[1]);
        Assert.Equal(TransmissionText.Tail(Received), string.Join('\n', lines[2..]));
        var cable = new CableReader().Read(copy);
        Assert.Equal(["RUEHDBU", "RUEHLN"], cable.Transmission!.RoutingIndicators);
        Assert.Equal(42, cable.Transmission.ChannelSerial);
        Assert.Equal(41, cable.Transmission.StationSerial);
    }

    [Fact]
    public void A_long_routing_line_wraps_at_69_columns_onto_indicator_lines()
    {
        var indicators = Enumerable.Range(0, 30).Select(i => $"RUEH{(char)('A' + i % 26)}{(char)('A' + i / 26)}").ToList();
        var text = new StringBuilder();
        TransmissionText.AppendRoutingLine(text, Precedence.Routine, indicators);

        var lines = text.ToString().TrimEnd('\n').Split('\n');
        Assert.True(lines.Length > 1);
        Assert.All(lines, l => Assert.True(l.Length <= 69, l));
        Assert.Equal(indicators, string.Join(' ', lines)[3..].Split(' '));
    }
}

public class FrameReaderTests
{
    private static async Task<List<Frame>> Frames(string input, int maxLine = 16 * 1024, int maxFrame = 1024 * 1024)
    {
        var reader = new FrameReader(new MemoryStream(Encoding.Latin1.GetBytes(input)), maxLine, maxFrame);
        var frames = new List<Frame>();
        while (await reader.ReadAsync(CancellationToken.None) is { } f) frames.Add(f);
        return frames;
    }

    [Fact]
    public async Task Transmissions_are_cut_at_nnnn_and_garbage_between_them_is_dropped()
    {
        var frames = await Frames("noise\r\nVZCZCAST0001\r\nRR RUEHC\r\nNNNN\r\n\x01\x02 junk\nVZCZCAST0002\nRR RUEHC\nNNNN\n");

        Assert.Equal(["VZCZCAST0001", "VZCZCAST0002"], frames.Select(f => f.FirstLine));
        Assert.All(frames, f => Assert.Equal(FrameKind.Complete, f.Kind));
        Assert.Equal("VZCZCAST0001\nRR RUEHC\n", frames[0].Text);
    }

    [Fact]
    public async Task A_transmission_without_nnnn_is_garbled_and_the_next_one_still_reads()
    {
        var frames = await Frames("VZCZCAST0001\nRR RUEHC\nVZCZCAST0002\nRR RUEHC\nNNNN\n");

        Assert.Equal(FrameKind.Garbled, frames[0].Kind);
        Assert.Equal("VZCZCAST0001", frames[0].FirstLine);
        Assert.Equal(FrameKind.Complete, frames[1].Kind);
    }

    [Fact]
    public async Task A_ten_megabyte_line_is_dropped_without_holding_it()
    {
        var input = "VZCZCAST0001\n" + new string('A', 10 * 1024 * 1024) + "\nNNNN\nVZCZCAST0002\nRR RUEHC\nNNNN\n";
        var reader = new FrameReader(new MemoryStream(Encoding.Latin1.GetBytes(input)), maxLine: 4096);

        var first = await reader.ReadAsync(CancellationToken.None);
        var second = await reader.ReadAsync(CancellationToken.None);

        Assert.Equal(FrameKind.Garbled, first!.Kind);
        Assert.Equal(FrameKind.Complete, second!.Kind);
        Assert.True(reader.DiscardedBytes >= 10 * 1024 * 1024);
    }

    [Fact]
    public async Task A_transmission_over_the_size_limit_is_garbled()
    {
        var body = string.Concat(Enumerable.Repeat("LINE OF TEXT\n", 1000));
        var frames = await Frames("VZCZCAST0001\n" + body + "NNNN\n", maxFrame: 4096);
        Assert.Equal(FrameKind.Garbled, Assert.Single(frames).Kind);
    }
}

public class ServiceMessageTests
{
    [Fact]
    public void A_service_message_reads_back()
    {
        var text = new ServiceMessage("AST", Precedence.Immediate, "RUEHC", "RUEHAST", "ZFX", "AST0043").Format();

        Assert.Equal("VZCZCAST\nOO RUEHC\nDE RUEHAST\nUNCLAS SVC ZFX AST0043\nNNNN\n", text);
        Assert.True(ServiceMessage.TryParse(text.Replace("NNNN\n", "", StringComparison.Ordinal), out var back));
        Assert.Equal("ZFX", back.Signal);
        Assert.Equal(43, back.Serial);
        Assert.Equal("RUEHAST", back.From);
        Assert.Equal(Precedence.Immediate, back.Precedence);
    }

    [Fact]
    public void Traffic_is_not_a_service_message()
    {
        Assert.False(ServiceMessage.TryParse("VZCZCAST0001\nPP RUEHC\nDE RUEHAST #0001\nBT\nUNCLAS\nBT\n", out _));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(41, 42)]
    [InlineData(9999, 1)]
    public void Channel_serials_cycle_through_four_digits(int serial, int next) => Assert.Equal(next, ChannelSerial.Next(serial));

    [Fact]
    public void A_serial_just_behind_the_expected_one_is_a_duplicate_and_one_ahead_is_a_gap_across_the_wrap()
    {
        Assert.True(ChannelSerial.IsBehind(expected: 2, serial: 9999));
        Assert.False(ChannelSerial.IsBehind(expected: 9999, serial: 2));
        Assert.True(ChannelSerial.IsBehind(expected: 50, serial: 49));
        Assert.False(ChannelSerial.IsBehind(expected: 50, serial: 50));
    }
}
