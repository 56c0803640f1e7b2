using System.Buffers;
using System.IO.Compression;
using System.Text;
using Chancery.Archive.Storage;
using Chancery.Archive.Synth;
using Chancery.Archive.Tests.Fixtures;
using Chancery.Cables;

namespace Chancery.Archive.Tests.Content;

/// <summary>Every version's raw text and parsed form come back exactly as stored, whichever format stored them.</summary>
public sealed class CableContentTests
{
    private static readonly CableReader Reader = new();

    private static (string Raw, Cable Cable) Fixture(FixtureCable fixture) => (fixture.Text, Reader.Read(fixture.Text, "fixture.txt"));

    private static string Json(Cable cable)
    {
        var buffer = new ArrayBufferWriter<byte>();
        CableJson.Write(buffer, cable);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void The_raw_text_and_the_parsed_cable_come_back_exactly()
    {
        var corpus = new SyntheticCorpus(new SynthOptions { Count = 30, Seed = 21 });
        foreach (var synthetic in corpus.All())
        {
            var raw = corpus.Write(synthetic);
            var cable = Reader.Read(raw, synthetic.FileName);
            var (rawBack, cableBack) = CableContent.UnpackCable(CableContent.Pack(raw, cable));
            Assert.Equal(raw, rawBack);
            Assert.Equal(Json(cable), Json(cableBack));
            Assert.Equal(cable.Body, CableContent.UnpackBody(CableContent.Pack(raw, cable)));
        }
    }

    [Fact]
    public void Text_outside_the_dictionarys_alphabet_comes_back_exactly()
    {
        var (raw, cable) = Fixture(FixtureCorpus.GrainTalks with
        {
            Paragraphs = [("U", "Société Générale and Łódź officials met in МОСКВА; 東京 sent regards."), ("U", "Embassy will report.")],
        });
        var (rawBack, cableBack) = CableContent.UnpackCable(CableContent.Pack(raw, cable));
        Assert.Equal(raw, rawBack);
        Assert.Equal(Json(cable), Json(cableBack));
    }

    [Fact]
    public void A_cable_packs_to_well_under_its_raw_text_though_the_parsed_form_is_stored_beside_it()
    {
        var corpus = new SyntheticCorpus(new SynthOptions { Count = 200, Seed = 22 });
        long raw = 0, packed = 0;
        foreach (var synthetic in corpus.All())
        {
            var text = corpus.Write(synthetic);
            raw += Encoding.UTF8.GetByteCount(text);
            packed += CableContent.Pack(text, Reader.Read(text, synthetic.FileName)).Length;
        }
        // Raw text plus JSON is over three times the raw text; the archive's 1.5x budget needs the pair well under 1x.
        Assert.True(packed < raw * 0.6, $"{packed} bytes packed for {raw} bytes of raw text");
    }

    [Fact]
    public void Blobs_of_the_earlier_brotli_format_still_read()
    {
        var (raw, cable) = Fixture(FixtureCorpus.OilPipeline);
        var json = Encoding.UTF8.GetBytes(Json(cable));
        var rawBytes = Encoding.UTF8.GetBytes(raw);
        // Format 1 as it was written: [1][plain length][Brotli of [raw length][raw][JSON]], lengths as 7-bit varints.
        var plain = Varint(rawBytes.Length).Concat(rawBytes).Concat(json).ToArray();
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(plain.Length)];
        Assert.True(BrotliEncoder.TryCompress(plain, compressed, out var written, 4, 22));
        byte[] blob = [1, .. Varint(plain.Length), .. compressed.AsSpan(0, written)];
        var (rawBack, cableBack) = CableContent.UnpackCable(blob);
        Assert.Equal(raw, rawBack);
        Assert.Equal(Json(cable), Json(cableBack));
    }

    [Fact]
    public void A_damaged_blob_is_an_archive_error_not_a_crash()
    {
        var (raw, cable) = Fixture(FixtureCorpus.ParisCulture);
        var blob = CableContent.Pack(raw, cable);
        var cut = blob[..(blob.Length / 2)];
        Assert.Throws<ArchiveException>(() => CableContent.Unpack(cut));
        var scrambled = (byte[])blob.Clone();
        for (var i = 4; i < scrambled.Length; i += 3) scrambled[i] ^= 0x5A;
        Assert.Throws<ArchiveException>(() => CableContent.Unpack(scrambled));
        Assert.Throws<ArchiveException>(() => CableContent.Unpack([9, 4, 1, 2, 3, 4]));
    }

    private static byte[] Varint(int value)
    {
        var bytes = new List<byte>();
        var v = (uint)value;
        while (v >= 0x80)
        {
            bytes.Add((byte)(v | 0x80));
            v >>= 7;
        }
        bytes.Add((byte)v);
        return [.. bytes];
    }
}
