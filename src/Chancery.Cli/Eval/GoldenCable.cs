using System.Text.Json;

namespace Chancery.Cli.Eval;

/// <summary>One source of golden metadata (an independent opinion; sources are never merged).</summary>
/// <param name="Kind"><c>wikileaks-cable-viewer-metadata</c>, <c>cables.csv-columns</c> or <c>cablemap-test</c>.</param>
/// <param name="Fields">The fields the source states; an absent field is unknown, not empty.</param>
internal sealed record GoldenSource(string Kind, JsonElement Fields)
{
    public const string WikiLeaks = "wikileaks-cable-viewer-metadata";
    public const string CablesCsv = "cables.csv-columns";
    public const string Cablemap = "cablemap-test";

    public string? String(string name) =>
        Fields.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public JsonElement? Element(string name) =>
        Fields.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    public IReadOnlyList<string>? Strings(string name) =>
        Element(name) is { ValueKind: JsonValueKind.Array } a
            ? a.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : null;
}

/// <summary>The golden metadata of one cable: <c>expected/&lt;ID&gt;.json</c> (see the corpus's EXPECTED_FORMAT.md).</summary>
internal sealed record GoldenCable(string ReferenceId, IReadOnlyList<GoldenSource> Sources)
{
    public static GoldenCable Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        var id = root.TryGetProperty("reference_id", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : "";
        var sources = new List<GoldenSource>();
        if (root.TryGetProperty("sources", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var s in list.EnumerateArray())
            {
                var kind = s.TryGetProperty("kind", out var k) ? k.GetString() ?? "" : "";
                if (s.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Object)
                    sources.Add(new GoldenSource(kind, fields.Clone()));
            }
        }
        return new GoldenCable(id, sources);
    }

    /// <summary>The first source, in <paramref name="preference"/> order, that states <paramref name="field"/>.</summary>
    public GoldenSource? First(string field, params string[] preference)
    {
        foreach (var kind in preference)
            foreach (var source in Sources)
                if (source.Kind == kind && source.Element(field) is not null)
                    return source;
        return null;
    }
}
