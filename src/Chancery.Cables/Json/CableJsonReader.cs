using System.Globalization;
using System.Text.Json;

namespace Chancery.Cables;

/// <summary>
/// Reads contract JSON back into a <see cref="Cable"/>. Absent properties take the model's defaults and unknown
/// properties are ignored (the contract lets writers add fields); a value of the wrong type is a <see cref="JsonException"/>.
/// </summary>
internal static class CableJsonReader
{
    public static Cable ReadCable(JsonElement e)
    {
        RequireObject(e, "cable");
        return new Cable
        {
            Source = Object(e, "source", s => new CableSource(String(s, "path"), Int(s, "index") ?? 0)),
            ReferenceId = String(e, "referenceId"),
            Origin = String(e, "origin"),
            Serial = Int(e, "serial"),
            Created = Created(e),
            Precedence = Precedence(e, "precedence"),
            InfoPrecedence = Precedence(e, "infoPrecedence"),
            Classification = Level(e, "classification"),
            Captions = Strings(e, "captions"),
            Sections = Object(e, "sections", s => new SectionInfo(Int(s, "count") ?? 0, Ints(s, "present"))),
            Transmission = Object(e, "transmission", ReadTransmission),
            From = Object(e, "from", ReadAddressee),
            To = List(e, "to", ReadAddressee),
            Info = List(e, "info", ReadAddressee),
            Exempted = List(e, "exempted", ReadAddressee),
            ForLines = Strings(e, "forLines"),
            ExecutiveOrder = Object(e, "executiveOrder", o => new ExecutiveOrder(String(o, "order"), String(o, "declassify"))),
            ClassifiedBy = Object(e, "classifiedBy", o => new ClassifiedBy(String(o, "text") ?? "", Strings(o, "reasons"))),
            Tags = Strings(e, "tags"),
            Subject = String(e, "subject"),
            SubjectMarking = String(e, "subjectMarking"),
            References = List(e, "references", ReadReference),
            Summary = String(e, "summary"),
            Paragraphs = List(e, "paragraphs", p => new Paragraph(Int(p, "number"), String(p, "marking"), String(p, "text") ?? "")),
            Signature = String(e, "signature"),
            Body = String(e, "body") ?? "",
            Diagnostics = List(e, "diagnostics", ReadDiagnostic),
        };
    }

    private static Transmission ReadTransmission(JsonElement t) => new()
    {
        TransmissionId = String(t, "transmissionId"),
        Channel = String(t, "channel"),
        ChannelSerial = Int(t, "channelSerial"),
        RoutingPrecedence = Precedence(t, "routingPrecedence"),
        RoutingIndicators = Strings(t, "routingIndicators"),
        OriginatingStation = String(t, "originatingStation"),
        StationSerial = Int(t, "stationSerial"),
        Section = Int(t, "section"),
        FilingTime = Object(t, "filingTime", f => new FilingTime(Int(f, "julianDay") ?? 0, Int(f, "hour") ?? 0, Int(f, "minute") ?? 0)),
        SecurityWarning = Level(t, "securityWarning"),
        SecurityWarningText = String(t, "securityWarningText"),
        OperatingSignals = Strings(t, "operatingSignals"),
    };

    private static Addressee ReadAddressee(JsonElement a)
    {
        var text = String(a, "precedence");
        var niact = text is not null && text.StartsWith("NIACT ", StringComparison.Ordinal);
        var word = niact ? text!["NIACT ".Length..] : text;
        Precedence? precedence = word is null ? null : Names.ParsePrecedence(word) ?? throw Bad("precedence", word);
        return new Addressee(String(a, "routingIndicator"), String(a, "address") ?? "", precedence, niact, Int(a, "sequence"));
    }

    private static Reference ReadReference(JsonElement r)
    {
        var kind = String(r, "kind") ?? "other";
        var parsed = Enum.TryParse<ReferenceKind>(kind, ignoreCase: true, out var k) && kind == Names.Of(k) ? k : throw Bad("kind", kind);
        return new Reference(String(r, "label"), String(r, "text") ?? "", parsed, String(r, "referenceId"));
    }

    private static Diagnostic ReadDiagnostic(JsonElement d)
    {
        var word = String(d, "severity") ?? "info";
        var severity = word switch
        {
            "info" => Severity.Info,
            "warning" => Severity.Warning,
            "error" => Severity.Error,
            _ => throw Bad("severity", word),
        };
        return new Diagnostic(severity, String(d, "code") ?? "", Int(d, "line") ?? 0, Int(d, "column") ?? 0, String(d, "message") ?? "");
    }

    private static DateTime? Created(JsonElement e)
    {
        var text = String(e, "created");
        if (text is null) return null;
        return DateTime.TryParseExact(text, JsonNames.CreatedFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
            ? DateTime.SpecifyKind(value, DateTimeKind.Utc)
            : throw Bad("created", text);
    }

    private static Precedence? Precedence(JsonElement e, string name)
    {
        var text = String(e, name);
        return text is null ? null : Names.ParsePrecedence(text) ?? throw Bad(name, text);
    }

    private static Classification? Level(JsonElement e, string name)
    {
        var text = String(e, name);
        return text is null ? null : Names.ParseClassification(text) ?? throw Bad(name, text);
    }

    private static bool TryGet(JsonElement e, string name, out JsonElement value) =>
        e.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    private static string? String(JsonElement e, string name)
    {
        if (!TryGet(e, name, out var v)) return null;
        return v.ValueKind == JsonValueKind.String ? v.GetString() : throw WrongType(name, "a string");
    }

    private static int? Int(JsonElement e, string name)
    {
        if (!TryGet(e, name, out var v)) return null;
        return v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : throw WrongType(name, "an integer");
    }

    private static T? Object<T>(JsonElement e, string name, Func<JsonElement, T> read) where T : class
    {
        if (!TryGet(e, name, out var v)) return null;
        RequireObject(v, name);
        return read(v);
    }

    private static EquatableList<T> List<T>(JsonElement e, string name, Func<JsonElement, T> read)
    {
        if (!TryGet(e, name, out var v)) return EquatableList<T>.Empty;
        if (v.ValueKind != JsonValueKind.Array) throw WrongType(name, "an array");
        var items = new T[v.GetArrayLength()];
        var i = 0;
        foreach (var item in v.EnumerateArray())
        {
            RequireObject(item, name);
            items[i++] = read(item);
        }
        return EquatableList<T>.Own(items);
    }

    private static EquatableList<string> Strings(JsonElement e, string name)
    {
        if (!TryGet(e, name, out var v)) return EquatableList<string>.Empty;
        if (v.ValueKind != JsonValueKind.Array) throw WrongType(name, "an array");
        var items = new string[v.GetArrayLength()];
        var i = 0;
        foreach (var item in v.EnumerateArray())
            items[i++] = item.ValueKind == JsonValueKind.String ? item.GetString()! : throw WrongType(name, "an array of strings");
        return EquatableList<string>.Own(items);
    }

    private static EquatableList<int> Ints(JsonElement e, string name)
    {
        if (!TryGet(e, name, out var v)) return EquatableList<int>.Empty;
        if (v.ValueKind != JsonValueKind.Array) throw WrongType(name, "an array");
        var items = new int[v.GetArrayLength()];
        var i = 0;
        foreach (var item in v.EnumerateArray())
            items[i++] = item.ValueKind == JsonValueKind.Number && item.TryGetInt32(out var n) ? n : throw WrongType(name, "an array of integers");
        return EquatableList<int>.Own(items);
    }

    private static void RequireObject(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object) throw WrongType(name, "an object");
    }

    private static JsonException WrongType(string name, string expected) => new($"'{name}' must be {expected}.");

    private static JsonException Bad(string name, string value) => new($"'{name}' has an unknown value '{value}'.");
}
