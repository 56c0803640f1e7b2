using System.Buffers;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Chancery.Archive.Storage.Content;
using Chancery.Cables;
using ZstdSharp;

namespace Chancery.Archive.Storage;

/// <summary>
/// A version's raw text and parsed JSON packed into one compressed blob. Compressing them together lets the JSON's
/// copy of the body cost almost nothing: the compressor finds it in the raw text just before.
/// Layout: format byte, packed length (7-bit varint), then the compressed [raw UTF-8 length varint][raw UTF-8][JSON UTF-8]:
/// format 1 Brotli (written before; still read), format 2 Zstandard with <see cref="ContentDictionary.V1"/>.
/// </summary>
public static class CableContent
{
    private const byte FormatBrotli = 1;
    private const byte FormatZstdV1 = 2;
    // Zstandard level 3 with the dictionary packs a synthetic cable to ~0.5 of its raw text in ~50 us, where Brotli
    // quality 4 (no dictionary) took ~115 us for ~0.7: the JSON's property names and the header lines repeat in every
    // cable, and only a dictionary lets a cable compressed alone profit from that.
    private const int ZstdLevel = 3;

    // Compressor and decompressor hold native-style state and are not thread-safe: one of each per thread, made once.
    [ThreadStatic] private static Compressor? t_compressor;
    [ThreadStatic] private static Decompressor? t_decompressor;
    // The JSON of a cable is written into a buffer kept per thread: a new one for each cable was ~16 KB of garbage.
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_json;
    private const int MaxKeptJsonBuffer = 1 << 20;

    private static Compressor Zstd => t_compressor ??= MakeCompressor();

    private static Decompressor Unzstd => t_decompressor ??= MakeDecompressor();

    private static Compressor MakeCompressor()
    {
        var compressor = new Compressor(ZstdLevel);
        compressor.LoadDictionary(ContentDictionary.V1);
        return compressor;
    }

    private static Decompressor MakeDecompressor()
    {
        var decompressor = new Decompressor();
        decompressor.LoadDictionary(ContentDictionary.V1);
        return decompressor;
    }

    /// <summary>Packs <paramref name="rawText"/> and the contract JSON of <paramref name="cable"/>.</summary>
    public static byte[] Pack(string rawText, Cable cable)
    {
        var json = t_json ??= new ArrayBufferWriter<byte>(16384);
        json.ResetWrittenCount();
        CableJson.Write(json, cable);
        var rawLength = Encoding.UTF8.GetByteCount(rawText);
        var plainLength = VarintSize(rawLength) + rawLength + json.WrittenCount;
        var plain = ArrayPool<byte>.Shared.Rent(plainLength);
        try
        {
            var at = WriteVarint(plain, 0, rawLength);
            at += Encoding.UTF8.GetBytes(rawText, plain.AsSpan(at));
            json.WrittenSpan.CopyTo(plain.AsSpan(at));
            var packed = ArrayPool<byte>.Shared.Rent(Compressor.GetCompressBound(plainLength) + 8);
            try
            {
                var head = 0;
                packed[head++] = FormatZstdV1;
                head = WriteVarint(packed, head, plainLength);
                var written = Zstd.Wrap(plain.AsSpan(0, plainLength), packed.AsSpan(head));
                return packed.AsSpan(0, head + written).ToArray();
            }
            finally { ArrayPool<byte>.Shared.Return(packed); }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(plain);
            if (json.Capacity > MaxKeptJsonBuffer) t_json = null; // one huge cable must not pin its buffer for good
        }
    }

    /// <summary>Unpacks a blob made by <see cref="Pack"/>: the raw text and the JSON bytes.</summary>
    /// <exception cref="ArchiveException">The blob is damaged.</exception>
    public static (string RawText, ReadOnlyMemory<byte> Json) Unpack(ReadOnlySpan<byte> packed)
    {
        var (plain, rawStart, rawLength) = Decompress(packed);
        return (Encoding.UTF8.GetString(plain, rawStart, rawLength), plain.AsMemory(rawStart + rawLength));
    }

    private static (byte[] Plain, int RawStart, int RawLength) Decompress(ReadOnlySpan<byte> packed)
    {
        if (packed.Length < 2 || packed[0] is not (FormatBrotli or FormatZstdV1))
            throw new ArchiveException("a stored cable is damaged (unknown content format)");
        var at = ReadVarint(packed, 1, out var plainLength);
        var plain = new byte[plainLength];
        if ((packed[0] == FormatBrotli ? UnBrotli(packed[at..], plain) : UnZstd(packed[at..], plain)) != plainLength)
            throw new ArchiveException("a stored cable is damaged (cannot decompress)");
        var start = ReadVarint(plain, 0, out var rawLength);
        return (plain, start, rawLength);
    }

    private static int UnBrotli(ReadOnlySpan<byte> compressed, Span<byte> plain) =>
        BrotliDecoder.TryDecompress(compressed, plain, out var written) ? written : -1;

    private static int UnZstd(ReadOnlySpan<byte> compressed, Span<byte> plain)
    {
        try
        {
            return Unzstd.Unwrap(compressed, plain);
        }
        catch (ZstdException)
        {
            return -1;
        }
    }

    /// <summary>Unpacks and parses the cable.</summary>
    public static (string RawText, Cable Cable) UnpackCable(ReadOnlySpan<byte> packed)
    {
        var (raw, json) = Unpack(packed);
        return (raw, CableJson.Deserialize(json));
    }

    /// <summary>The <c>body</c> of the packed cable's JSON, without parsing the rest.</summary>
    public static string UnpackBody(ReadOnlySpan<byte> packed)
    {
        var (plain, rawStart, rawLength) = Decompress(packed);
        var reader = new Utf8JsonReader(plain.AsSpan(rawStart + rawLength));
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return "";
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isBody = reader.ValueTextEquals("body"u8);
            reader.Read();
            if (isBody) return reader.TokenType == JsonTokenType.String ? reader.GetString() ?? "" : "";
            reader.Skip();
        }
        return "";
    }

    private static int VarintSize(int value)
    {
        var size = 1;
        while ((value >>= 7) != 0) size++;
        return size;
    }

    private static int WriteVarint(Span<byte> into, int at, int value)
    {
        var v = (uint)value;
        while (v >= 0x80)
        {
            into[at++] = (byte)(v | 0x80);
            v >>= 7;
        }
        into[at++] = (byte)v;
        return at;
    }

    private static int ReadVarint(ReadOnlySpan<byte> from, int at, out int value)
    {
        uint v = 0;
        var shift = 0;
        while (true)
        {
            if (at >= from.Length || shift > 28) throw new ArchiveException("a stored cable is damaged (bad length)");
            var b = from[at++];
            v |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) break;
            shift += 7;
        }
        value = (int)v;
        return at;
    }
}
