using System.Text.Json;
using Chancery.Cables;

namespace Chancery.Cli.Tests;

/// <summary>The output of <c>chancery parse</c> has every property of contracts/cable-json.md, with the right type.</summary>
public class JsonContractTests
{
    private enum T { String, Integer, Object, Array, Boolean }

    private static readonly (string Name, T Type, bool Nullable)[] CableProperties =
    [
        ("source", T.Object, false), ("referenceId", T.String, true), ("origin", T.String, true), ("serial", T.Integer, true),
        ("created", T.String, true), ("precedence", T.String, true), ("infoPrecedence", T.String, true),
        ("classification", T.String, true), ("captions", T.Array, false), ("sections", T.Object, true),
        ("transmission", T.Object, true), ("from", T.Object, true), ("to", T.Array, false), ("info", T.Array, false),
        ("exempted", T.Array, false), ("forLines", T.Array, false), ("executiveOrder", T.Object, true),
        ("classifiedBy", T.Object, true), ("tags", T.Array, false), ("subject", T.String, true),
        ("subjectMarking", T.String, true), ("references", T.Array, false), ("summary", T.String, true),
        ("paragraphs", T.Array, false), ("signature", T.String, true), ("body", T.String, false), ("diagnostics", T.Array, false),
    ];

    private static readonly (string Name, T Type, bool Nullable)[] AddresseeProperties =
        [("routingIndicator", T.String, true), ("address", T.String, false), ("precedence", T.String, true), ("sequence", T.Integer, true)];

    private static readonly (string Name, T Type, bool Nullable)[] TransmissionProperties =
    [
        ("transmissionId", T.String, true), ("channel", T.String, true), ("channelSerial", T.Integer, true),
        ("routingPrecedence", T.String, true), ("routingIndicators", T.Array, false), ("originatingStation", T.String, true),
        ("stationSerial", T.Integer, true), ("section", T.Integer, true), ("filingTime", T.Object, true),
        ("securityWarning", T.String, true), ("operatingSignals", T.Array, false),
    ];

    private static readonly (string Name, T Type, bool Nullable)[] ReferenceProperties =
        [("label", T.String, true), ("text", T.String, false), ("kind", T.String, false), ("referenceId", T.String, true)];

    private static readonly (string Name, T Type, bool Nullable)[] ParagraphProperties =
        [("number", T.Integer, true), ("marking", T.String, true), ("text", T.String, false)];

    private static readonly (string Name, T Type, bool Nullable)[] DiagnosticProperties =
        [("severity", T.String, false), ("code", T.String, false), ("line", T.Integer, false), ("column", T.Integer, false), ("message", T.String, false)];

    private static void AssertShape(JsonElement e, (string Name, T Type, bool Nullable)[] properties)
    {
        Assert.Equal(JsonValueKind.Object, e.ValueKind);
        foreach (var (name, type, nullable) in properties)
        {
            Assert.True(e.TryGetProperty(name, out var v), $"missing property '{name}'");
            if (v.ValueKind == JsonValueKind.Null)
            {
                Assert.True(nullable, $"'{name}' is null but the contract says it never is");
                continue;
            }
            var ok = type switch
            {
                T.String => v.ValueKind == JsonValueKind.String,
                T.Integer => v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out _),
                T.Object => v.ValueKind == JsonValueKind.Object,
                T.Array => v.ValueKind == JsonValueKind.Array,
                _ => v.ValueKind is JsonValueKind.True or JsonValueKind.False,
            };
            Assert.True(ok, $"'{name}' should be {type} but is {v.ValueKind}");
        }
    }

    private static void AssertCable(JsonElement cable)
    {
        AssertShape(cable, CableProperties);
        AssertShape(cable.GetProperty("source"), [("path", T.String, true), ("index", T.Integer, false)]);
        if (cable.GetProperty("from").ValueKind != JsonValueKind.Null) AssertShape(cable.GetProperty("from"), AddresseeProperties);
        foreach (var list in new[] { "to", "info", "exempted" })
            foreach (var a in cable.GetProperty(list).EnumerateArray()) AssertShape(a, AddresseeProperties);
        if (cable.GetProperty("transmission") is { ValueKind: JsonValueKind.Object } t)
        {
            AssertShape(t, TransmissionProperties);
            if (t.GetProperty("filingTime") is { ValueKind: JsonValueKind.Object } f)
                AssertShape(f, [("julianDay", T.Integer, false), ("hour", T.Integer, false), ("minute", T.Integer, false)]);
        }
        if (cable.GetProperty("sections") is { ValueKind: JsonValueKind.Object } s)
            AssertShape(s, [("count", T.Integer, false), ("present", T.Array, false)]);
        if (cable.GetProperty("executiveOrder") is { ValueKind: JsonValueKind.Object } eo)
            AssertShape(eo, [("order", T.String, true), ("declassify", T.String, true)]);
        if (cable.GetProperty("classifiedBy") is { ValueKind: JsonValueKind.Object } by)
            AssertShape(by, [("text", T.String, false), ("reasons", T.Array, false)]);
        foreach (var r in cable.GetProperty("references").EnumerateArray())
        {
            AssertShape(r, ReferenceProperties);
            Assert.Contains(r.GetProperty("kind").GetString(), new[] { "cable", "email", "telcon", "memo", "report", "web", "other" });
        }
        foreach (var p in cable.GetProperty("paragraphs").EnumerateArray()) AssertShape(p, ParagraphProperties);
        foreach (var d in cable.GetProperty("diagnostics").EnumerateArray())
        {
            AssertShape(d, DiagnosticProperties);
            Assert.Contains(d.GetProperty("severity").GetString(), new[] { "error", "warning", "info" });
        }
        foreach (var list in new[] { "captions", "tags", "forLines" })
            Assert.All(cable.GetProperty(list).EnumerateArray(), v => Assert.Equal(JsonValueKind.String, v.ValueKind));
        if (cable.GetProperty("created").GetString() is { } created)
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", created);
    }

    [Fact]
    public void EveryPropertyOfAFullCableHasTheContractType()
    {
        using var dir = new TempDir();
        var path = dir.Write("full.jsonl", CableJson.Serialize(Fixtures.Full()) + "\n");
        var run = CliRunner.Run("parse", path);
        Assert.Equal(0, run.Exit);
        AssertCable(JsonDocument.Parse(Assert.Single(run.OutLines)).RootElement);
    }

    [Fact]
    public void EveryPropertyOfParsedSamplesHasTheContractType()
    {
        var run = CliRunner.Run("parse", Path.Combine(ParseCommandTests.RepositoryRoot(), "samples"));
        Assert.Equal(0, run.Exit);
        Assert.NotEmpty(run.OutLines);
        foreach (var line in run.OutLines) AssertCable(JsonDocument.Parse(line).RootElement);
    }
}
