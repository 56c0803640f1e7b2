using Chancery.Cables;

namespace Chancery.Archive.Ingest;

/// <summary>Turns one source record into a cable ready to store, or says why it cannot be stored.</summary>
internal static class IngestRecordReader
{
    /// <summary>The cable of <paramref name="record"/> with its canonical id, or null when it must be rejected.</summary>
    public static IncomingCable? Read(CableReader reader, IngestRecord record)
    {
        if (record.Error is not null || IsNotText(record.Text)) return null;
        var cable = reader.Read(record.Text, record.Location);
        var id = cable.ReferenceId ?? PublishedIds.Normalize(record.PublishedId);
        if (id is null) return null;
        if (cable.ReferenceId is null) cable = cable with { ReferenceId = id };
        var published = record.PublishedId?.Trim();
        return new IncomingCable(id, string.IsNullOrEmpty(published) || published == id ? null : published, record.Text, cable, record.Location);
    }

    /// <summary>Why <see cref="Read"/> gave null for <paramref name="record"/>, in one line.</summary>
    public static string WhyRejected(CableReader reader, IngestRecord record)
    {
        if (record.Error is { } error) return error;
        if (string.IsNullOrWhiteSpace(record.Text)) return "empty record";
        if (IsNotText(record.Text)) return "binary data, not a cable";
        return record.PublishedId is { Length: > 0 } published
            ? $"no reference id: the text has none and the published id '{published}' is not one"
            : "no reference id: the text has none and the source gives none";
    }

    /// <summary>Blank text, or text with NUL characters (a binary file read as text).</summary>
    private static bool IsNotText(string text) => string.IsNullOrWhiteSpace(text) || text.Contains('\0');
}
