using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Chancery.Archive.Ingest;
using Chancery.Cables;

namespace Chancery.Cli.Ingest;

/// <summary>
/// Streams the records of an <see cref="IngestPlan"/>, one input after another, holding at most one text file or one
/// CSV record or JSONL line at a time: memory stays flat whatever the corpus size. Whatever cannot be read becomes a
/// record with <see cref="IngestRecord.Error"/> (file and line in its location), so it is counted and reported.
/// </summary>
internal sealed class IngestSources(IngestMeter meter, Func<TextReader> openStdin)
{
    /// <summary>A text file larger than this is not one cable (nor a sensible stream of them) and is rejected.</summary>
    public const long MaxTextBytes = 64L << 20;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly CableWriter _writer = new();
    private long _bytesBefore;
    private long _offset;

    /// <summary>The records of every input, in order. Stops (without throwing) when <paramref name="cancellationToken"/> fires.</summary>
    public async IAsyncEnumerable<IngestRecord> ReadAsync(IngestPlan plan, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var input in plan.Inputs)
        {
            using var records = Guarded(input, () => Records(input)).GetEnumerator();
            while (records.MoveNext())
            {
                if (cancellationToken.IsCancellationRequested) yield break;
                meter.RecordRead(Math.Max(_offset, _bytesBefore));
                yield return records.Current;
            }
            _offset = _bytesBefore += input.Length;
            await Task.CompletedTask;
        }
    }

    private IEnumerable<IngestRecord> Records(IngestInput input)
    {
        if (input.IsStdin) return FromReader(input, openStdin(), stream: null);
        if (input.Kind == IngestInputKind.Text) return [TextFile(input)];
        var stream = new FileStream(input.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return FromReader(input, new StreamReader(stream, Utf8, detectEncodingFromByteOrderMarks: true, 1 << 16), stream);
    }

    /// <summary>Turns an I/O failure part-way through an input into one rejected record and goes on with the next input.</summary>
    private static IEnumerable<IngestRecord> Guarded(IngestInput input, Func<IEnumerable<IngestRecord>> records)
    {
        IEnumerator<IngestRecord>? enumerator = null;
        IngestRecord? failure = null;
        try
        {
            enumerator = records().GetEnumerator();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failure = Rejected(input.DisplayName, "cannot read: " + e.Message);
        }
        if (failure is not null)
        {
            yield return failure;
            yield break;
        }
        using (enumerator)
        {
            while (true)
            {
                try
                {
                    if (!enumerator!.MoveNext()) yield break;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    failure = Rejected(input.DisplayName, "cannot read: " + e.Message);
                }
                if (failure is not null)
                {
                    yield return failure;
                    yield break;
                }
                yield return enumerator!.Current;
            }
        }
    }

    private IngestRecord TextFile(IngestInput input)
    {
        if (input.Length > MaxTextBytes)
            return Rejected(input.Path, $"{input.Length >> 20} MB is too large for one cable text (at most {MaxTextBytes >> 20} MB)");
        var bytes = File.ReadAllBytes(input.Path);
        using var reader = new StreamReader(new MemoryStream(bytes), Utf8, detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd();
        _offset = _bytesBefore + bytes.Length;
        if (InputSniffer.BinaryReason(text.AsSpan(0, Math.Min(text.Length, InputSniffer.Window))) is { } binary)
            return Rejected(input.Path, binary);
        return new IngestRecord(text, input.Path, PublishedIdFromFileName(input.Path));
    }

    private IEnumerable<IngestRecord> FromReader(IngestInput input, TextReader inner, Stream? stream)
    {
        using var reader = PrefixedReader.Open(inner, InputSniffer.Window);
        if (InputSniffer.BinaryReason(reader.Prefix) is { } binary)
        {
            yield return Rejected(input.DisplayName, binary);
            yield break;
        }
        var kind = input.Kind == IngestInputKind.Sniff ? InputSniffer.KindOf(reader.Prefix) : input.Kind;
        var records = kind switch
        {
            IngestInputKind.Csv => Csv(input, reader),
            IngestInputKind.Jsonl => Jsonl(input, reader),
            _ => WholeText(input, reader),
        };
        foreach (var record in records)
        {
            if (stream is not null) _offset = _bytesBefore + stream.Position;
            yield return record;
        }
    }

    private IEnumerable<IngestRecord> WholeText(IngestInput input, TextReader reader)
    {
        var buffer = new char[1 << 16];
        var text = new StringBuilder();
        int read;
        while ((read = reader.Read(buffer)) > 0)
        {
            text.Append(buffer, 0, read);
            if (text.Length > MaxTextBytes)
            {
                yield return Rejected(input.DisplayName, $"more than {MaxTextBytes >> 20} MB of text is too large for one cable text");
                yield break;
            }
        }
        yield return new IngestRecord(text.ToString(), input.DisplayName, input.IsStdin ? null : PublishedIdFromFileName(input.Path));
    }

    private static IEnumerable<IngestRecord> Csv(IngestInput input, TextReader reader)
    {
        var errors = new Queue<CablegateCsvError>();
        foreach (var record in CablegateCsv.Read(reader, errors.Enqueue))
        {
            while (errors.TryDequeue(out var error)) yield return CsvRejected(input, error);
            yield return new IngestRecord(record.Text, $"{input.DisplayName}:{record.Line}", record.ReferenceId);
        }
        while (errors.TryDequeue(out var error)) yield return CsvRejected(input, error);
    }

    private static IngestRecord CsvRejected(IngestInput input, CablegateCsvError error) =>
        Rejected($"{input.DisplayName}:{error.Line}", error.Message);

    /// <summary>
    /// A line of <c>chancery parse --jsonl</c> holds the parsed cable but not its raw text: the cable is stored under the
    /// text the writer makes of it (its canonical ACP-127 form), which the reader reads back into the same cable.
    /// </summary>
    private IEnumerable<IngestRecord> Jsonl(IngestInput input, TextReader reader)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var location = $"{input.DisplayName}:{lineNumber}";
            Cable? cable = null;
            string? error = null;
            try
            {
                cable = CableJson.Deserialize(line);
            }
            catch (JsonException e)
            {
                error = "not a cable in contract JSON: " + FirstSentence(e.Message);
            }
            if (cable is null)
            {
                yield return Rejected(location, error ?? "not a cable in contract JSON");
                continue;
            }
            yield return new IngestRecord(_writer.Write(cable with { Source = null, Diagnostics = [] }), location, cable.ReferenceId);
        }
    }

    private static IngestRecord Rejected(string location, string reason) => new("", location, null, reason);

    /// <summary>
    /// The id a file name gives (<c>06ASTANA38.txt</c>, a variant <c>06ASTANA38__v2.txt</c>): two digits then letters
    /// and digits; other names give none.
    /// </summary>
    internal static string? PublishedIdFromFileName(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        var variant = stem.IndexOf("__", StringComparison.Ordinal);
        if (variant >= 0) stem = stem[..variant];
        if (stem.Length < 4 || !char.IsAsciiDigit(stem[0]) || !char.IsAsciiDigit(stem[1]) || !char.IsAsciiDigit(stem[^1])) return null;
        foreach (var c in stem)
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c)) return null;
        return stem;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
