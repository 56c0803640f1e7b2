using System.Globalization;
using System.Text.Json;
using N = Chancery.Cables.JsonNames;

namespace Chancery.Cables;

/// <summary>Writes the contract JSON of a cable, property by property, in the contract's order.</summary>
internal static class CableJsonWriter
{
    public static void WriteCable(Utf8JsonWriter w, Cable c)
    {
        w.WriteStartObject();
        WriteSource(w, c.Source);
        WriteString(w, N.ReferenceId, c.ReferenceId);
        WriteString(w, N.Origin, c.Origin);
        WriteNumber(w, N.Serial, c.Serial);
        WriteCreated(w, c.Created);
        WriteString(w, N.Precedence, c.Precedence is { } p ? Names.Of(p) : null);
        WriteString(w, N.InfoPrecedence, c.InfoPrecedence is { } ip ? Names.Of(ip) : null);
        WriteString(w, N.Classification, c.Classification is { } cl ? Names.Of(cl) : null);
        WriteStrings(w, N.Captions, c.Captions);
        WriteSections(w, c.Sections);
        WriteTransmission(w, c.Transmission);
        w.WritePropertyName(N.From);
        WriteAddressee(w, c.From);
        WriteAddressees(w, N.To, c.To);
        WriteAddressees(w, N.Info, c.Info);
        WriteAddressees(w, N.Exempted, c.Exempted);
        WriteStrings(w, N.ForLines, c.ForLines);
        WriteExecutiveOrder(w, c.ExecutiveOrder);
        WriteClassifiedBy(w, c.ClassifiedBy);
        WriteStrings(w, N.Tags, c.Tags);
        WriteString(w, N.Subject, c.Subject);
        WriteString(w, N.SubjectMarking, c.SubjectMarking);
        WriteReferences(w, c.References);
        WriteString(w, N.Summary, c.Summary);
        WriteParagraphs(w, c.Paragraphs);
        WriteString(w, N.Signature, c.Signature);
        WriteLazy(w, N.Body, c.LazyBody);
        WriteDiagnostics(w, c.Diagnostics);
        w.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter w, CableSource? source)
    {
        if (source is null)
        {
            w.WriteNull(N.Source);
            return;
        }
        w.WriteStartObject(N.Source);
        WriteString(w, N.Path, source.Path);
        w.WriteNumber(N.Index, source.Index);
        w.WriteEndObject();
    }

    private static void WriteCreated(Utf8JsonWriter w, DateTime? created)
    {
        if (created is not { } value)
        {
            w.WriteNull(N.Created);
            return;
        }
        Span<char> buffer = stackalloc char[20];
        value.TryFormat(buffer, out var written, N.CreatedFormat, CultureInfo.InvariantCulture);
        w.WriteString(N.Created, buffer[..written]);
    }

    private static void WriteSections(Utf8JsonWriter w, SectionInfo? sections)
    {
        if (sections is null)
        {
            w.WriteNull(N.Sections);
            return;
        }
        w.WriteStartObject(N.Sections);
        w.WriteNumber(N.Count, sections.Count);
        w.WriteStartArray(N.Present);
        foreach (var n in sections.Present) w.WriteNumberValue(n);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteTransmission(Utf8JsonWriter w, Transmission? t)
    {
        if (t is null)
        {
            w.WriteNull(N.Transmission);
            return;
        }
        w.WriteStartObject(N.Transmission);
        WriteString(w, N.TransmissionId, t.TransmissionId);
        WriteString(w, N.Channel, t.Channel);
        WriteNumber(w, N.ChannelSerial, t.ChannelSerial);
        WriteString(w, N.RoutingPrecedence, t.RoutingPrecedence is { } p ? Names.Of(p) : null);
        WriteStrings(w, N.RoutingIndicators, t.RoutingIndicators);
        WriteString(w, N.OriginatingStation, t.OriginatingStation);
        WriteNumber(w, N.StationSerial, t.StationSerial);
        WriteNumber(w, N.Section, t.Section);
        if (t.FilingTime is { } f)
        {
            w.WriteStartObject(N.FilingTime);
            w.WriteNumber(N.JulianDay, f.JulianDay);
            w.WriteNumber(N.Hour, f.Hour);
            w.WriteNumber(N.Minute, f.Minute);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(N.FilingTime);
        }
        WriteString(w, N.SecurityWarning, t.SecurityWarning is { } s ? Names.Of(s) : null);
        WriteString(w, N.SecurityWarningText, t.SecurityWarningText);
        WriteStrings(w, N.OperatingSignals, t.OperatingSignals);
        w.WriteEndObject();
    }

    private static void WriteAddressees(Utf8JsonWriter w, JsonEncodedText name, EquatableList<Addressee> list)
    {
        w.WriteStartArray(name);
        foreach (var a in list) WriteAddressee(w, a);
        w.WriteEndArray();
    }

    private static void WriteAddressee(Utf8JsonWriter w, Addressee? a)
    {
        if (a is null)
        {
            w.WriteNullValue();
            return;
        }
        w.WriteStartObject();
        WriteString(w, N.RoutingIndicator, a.RoutingIndicator);
        w.WriteString(N.Address, a.Address);
        WriteString(w, N.Precedence, a.PrecedenceText);
        WriteNumber(w, N.Sequence, a.Sequence);
        w.WriteEndObject();
    }

    private static void WriteExecutiveOrder(Utf8JsonWriter w, ExecutiveOrder? eo)
    {
        if (eo is null)
        {
            w.WriteNull(N.ExecutiveOrder);
            return;
        }
        w.WriteStartObject(N.ExecutiveOrder);
        WriteString(w, N.Order, eo.Order);
        WriteString(w, N.Declassify, eo.Declassify);
        w.WriteEndObject();
    }

    private static void WriteClassifiedBy(Utf8JsonWriter w, ClassifiedBy? by)
    {
        if (by is null)
        {
            w.WriteNull(N.ClassifiedBy);
            return;
        }
        w.WriteStartObject(N.ClassifiedBy);
        w.WriteString(N.Text, by.Text);
        WriteStrings(w, N.Reasons, by.Reasons);
        w.WriteEndObject();
    }

    private static void WriteReferences(Utf8JsonWriter w, EquatableList<Reference> references)
    {
        w.WriteStartArray(N.References);
        foreach (var r in references)
        {
            w.WriteStartObject();
            WriteString(w, N.Label, r.Label);
            w.WriteString(N.Text, r.Text);
            w.WriteString(N.Kind, Names.Of(r.Kind));
            WriteString(w, N.ReferenceId, r.ReferenceId);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteParagraphs(Utf8JsonWriter w, EquatableList<Paragraph> paragraphs)
    {
        w.WriteStartArray(N.Paragraphs);
        foreach (var p in paragraphs)
        {
            w.WriteStartObject();
            WriteNumber(w, N.Number, p.Number);
            WriteString(w, N.Marking, p.Marking);
            WriteLazy(w, N.Text, p.Lazy);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteDiagnostics(Utf8JsonWriter w, EquatableList<Diagnostic> diagnostics)
    {
        w.WriteStartArray(N.Diagnostics);
        foreach (var d in diagnostics)
        {
            w.WriteStartObject();
            w.WriteString(N.Severity, Names.Of(d.Severity));
            w.WriteString(N.Code, d.Code);
            w.WriteNumber(N.Line, d.Line);
            w.WriteNumber(N.Column, d.Column);
            w.WriteString(N.Message, d.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter w, JsonEncodedText name, EquatableList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void WriteString(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    // Text the reader left as pieces of its input is written from a pooled buffer, never built into a string.
    private static void WriteLazy(Utf8JsonWriter w, JsonEncodedText name, LazyText text)
    {
        if (text.IsNull)
        {
            w.WriteNull(name);
            return;
        }
        var value = text.Render(out var rented);
        try
        {
            w.WriteString(name, value);
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static void WriteNumber(Utf8JsonWriter w, JsonEncodedText name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
