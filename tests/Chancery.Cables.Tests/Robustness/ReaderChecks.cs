namespace Chancery.Cables.Tests.Robustness;

/// <summary>
/// What "the reader did not fail" means. <see cref="CableReader.ReadAll"/> catches its own exceptions and reports
/// them as diagnostic CHN0001, so a swallowed exception shows up there rather than as a throw.
/// </summary>
internal static class ReaderChecks
{
    private static readonly CableReader Reader = new();

    /// <summary>Reads <paramref name="text"/> and fails when the reader threw, failed internally or returned nothing.</summary>
    public static IReadOnlyList<Cable> ReadWithoutFailure(string? text, string what)
    {
        var cables = Reader.ReadAll(text!, "robustness.txt");
        Assert.True(cables.Count > 0, $"ReadAll returned no cable for {what}.");
        var failed = cables.SelectMany(c => c.Diagnostics).FirstOrDefault(d => d.Code == "CHN0001");
        Assert.True(failed is null, $"The reader failed internally on {what}: {failed?.Message}");
        return cables;
    }

    /// <summary>True when reading gives at least one cable and no internal failure (for FsCheck properties).</summary>
    public static bool ReadsWithoutFailure(string? text)
    {
        var cables = Reader.ReadAll(text!, "robustness.txt");
        return cables.Count > 0 && cables.All(c => c.Diagnostics.All(d => d.Code != "CHN0001"));
    }

    /// <summary>A short printable description of an input, for failure messages.</summary>
    public static string Describe(string text) =>
        $"{text.Length} chars starting {System.Text.Json.JsonSerializer.Serialize(text[..Math.Min(80, text.Length)])}";
}
