using System.Buffers;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Chancery.Cables;

namespace Chancery.Archive.Storage;

/// <summary>
/// A version's raw text and parsed JSON packed into one Brotli blob. Compressing them together lets the JSON's
/// copy of the body cost almost nothing: the compressor finds it in the raw text just before.
/// Layout: format byte, packed length (7-bit varint), then Brotli of [raw UTF-8 length varint][raw UTF-8][JSON UTF-8].
/// </summary>
public static class CableContent
{
    private const byte FormatBrotli = 1;
    // Quality 4 packs a cable ~6 % smaller than 3 (2.35 KB against 2.51 KB for raw text plus JSON of a synthetic
    // cable) for ~40 us more CPU on the ingest's parse threads, off the writer: it keeps a Cablegate-size SQLite archive
    // under 1.5 times its raw text. Decoding does not depend on the quality, so older blobs read the same.
    private const int Quality = 4;
    private const int Window = 22;

    /// <summary>Packs <paramref name="rawText"/> and the contract JSON of <paramref name="cable"/>.</summary>
    public static byte[] Pack(string rawText, Cable cable)
    {
        var json = new ArrayBufferWriter<byte>(8192);
        CableJson.Write(json, cable);
        var rawLength = Encoding.UTF8.GetByteCount(rawText);
        var plainLength = VarintSize(rawLength) + rawLength + json.WrittenCount;
        var plain = ArrayPool<byte>.Shared.Rent(plainLength);
        try
        {
            var at = WriteVarint(plain, 0, rawLength);
            at += Encoding.UTF8.GetBytes(rawText, plain.AsSpan(at));
            json.WrittenSpan.CopyTo(plain.AsSpan(at));
            var packed = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(plainLength) + 8);
            try
            {
                var head = 0;
                packed[head++] = FormatBrotli;
                head = WriteVarint(packed, head, plainLength);
                if (!BrotliEncoder.TryCompress(plain.AsSpan(0, plainLength), packed.AsSpan(head), out var written, Quality, Window))
                    throw new InvalidOperationException("Brotli could not compress a cable.");
                return packed.AsSpan(0, head + written).ToArray();
            }
            finally { ArrayPool<byte>.Shared.Return(packed); }
        }
        finally { ArrayPool<byte>.Shared.Return(plain); }
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
        if (packed.Length < 2 || packed[0] != FormatBrotli)
            throw new ArchiveException("a stored cable is damaged (unknown content format)");
        var at = ReadVarint(packed, 1, out var plainLength);
        var plain = new byte[plainLength];
        if (!BrotliDecoder.TryDecompress(packed[at..], plain, out var written) || written != plainLength)
            throw new ArchiveException("a stored cable is damaged (cannot decompress)");
        var start = ReadVarint(plain, 0, out var rawLength);
        return (plain, start, rawLength);
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
