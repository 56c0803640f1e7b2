using System.Text;
using Chancery.Cli.Inputs;

namespace Chancery.Cli.Tests;

/// <summary>The CLI's fast file read gives exactly what File.ReadAllText gives, whatever the encoding or damage.</summary>
public class TextFileTests
{
    private const string Text = "UNCLAS SECTION 01 OF 01 LJUBLJANA 000117\n¶1. (U) Café talks went on “late”.\r\nEND\n";

    public static TheoryData<string, byte[]> Files() => new()
    {
        { "UTF-8 without a mark", Encoding.UTF8.GetBytes(Text) },
        { "UTF-8 with a mark", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text)] },
        { "UTF-16 little-endian with a mark", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Text)] },
        { "UTF-16 big-endian with a mark", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Text)] },
        { "Latin-1 bytes that are not UTF-8", Encoding.Latin1.GetBytes(Text.Replace('“', '"').Replace('”', '"')) },
        { "UTF-8 cut inside a character", Encoding.UTF8.GetBytes(Text)[..^8] },
        { "empty", [] },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void ReadsWhatReadAllTextReads(string what, byte[] bytes)
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "cable.txt");
        File.WriteAllBytes(path, bytes);
        Assert.True(File.ReadAllText(path) == TextFile.Read(path), what);
    }

    [Fact]
    public void AMissingFileFailsAsReadAllTextDoes()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "missing.txt");
        var expected = Assert.Throws<FileNotFoundException>(() => File.ReadAllText(path));
        Assert.Equal(expected.Message, Assert.Throws<FileNotFoundException>(() => TextFile.Read(path)).Message);
    }
}
