using System.Security.Cryptography;

namespace Chancery.Archive.Storage.Content;

/// <summary>
/// The Zstandard dictionary of content format 2: three synthetic cables (made by <c>chancery synth --seed 7</c>) with
/// their contract JSON, as packed. Each cable is compressed on its own, so without a dictionary every blob pays again
/// for the JSON's property names and the ACP-127 header lines; with it they cost almost nothing.
/// </summary>
/// <remarks>
/// Stored blobs depend on these exact bytes: never edit the file. A better dictionary is a new file and a new format
/// byte, with this one kept for reading. The hash check makes an altered file (say, by line-ending conversion) fail at
/// once rather than corrupt what is read.
/// </remarks>
internal static class ContentDictionary
{
    private const string Sha256 = "551f9373a8569368b615f44382b5c09f2b2ee4d7f7a9dd6dfbe835d2fc6da0b9";

    private static readonly Lazy<byte[]> V1Bytes = new(() => Load("Chancery.Archive.cable-content-v1.dict"));

    /// <summary>The bytes of dictionary version 1.</summary>
    public static byte[] V1 => V1Bytes.Value;

    private static byte[] Load(string name)
    {
        using var stream = typeof(ContentDictionary).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the content dictionary {name} is missing from the assembly");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var bytes = memory.ToArray();
        if (!Convert.ToHexStringLower(SHA256.HashData(bytes)).Equals(Sha256, StringComparison.Ordinal))
            throw new InvalidOperationException($"the content dictionary {name} was altered: stored cables cannot be read with it");
        return bytes;
    }
}
