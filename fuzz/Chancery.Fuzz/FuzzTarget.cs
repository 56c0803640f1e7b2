using System.Text;
using Chancery.Cables;

namespace Chancery.Fuzz;

/// <summary>
/// One fuzz iteration: decode the bytes, read every cable, write each back as a transmission and as JSON.
/// Nothing is caught: an exception escaping here is a crash for afl-fuzz. The reader swallows its own
/// exceptions into a CHN0001 diagnostic, so that diagnostic is turned back into a crash.
/// </summary>
internal static class FuzzTarget
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void Run(Stream input)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        Run(buffer.ToArray());
    }

    public static void Run(byte[] bytes)
    {
        var text = Decode(bytes);
        var cables = new CableReader().ReadAll(text, "fuzz.txt");
        if (cables.Count == 0) throw new InvalidOperationException("ReadAll returned no cable.");
        var writer = new CableWriter();
        foreach (var cable in cables)
        {
            ReaderDefectTracker.ThrowIfReaderFailed(cable);
            writer.Write(cable);
            CableJson.Serialize(cable);
        }
    }

    // Files on disk are UTF-8 or, for old exports, Latin-1: take strict UTF-8 when it decodes, Latin-1 otherwise.
    private static string Decode(byte[] bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }
}
