using System.Text.Json;
using Chancery.Cables;

namespace Chancery.Cli.Inputs;

/// <summary>
/// Splits inputs into <see cref="WorkUnit"/>s and reads them: text through <see cref="CableReader"/>,
/// <c>cables.csv</c> records in batches, JSONL line by line. Never throws on input: what cannot be read
/// becomes one error line.
/// </summary>
internal sealed class InputLoader(CableReaderOptions options, Func<TextReader> openStdin)
{
    /// <summary>Records per CSV work unit: large enough to amortise scheduling, small enough to keep memory flat.</summary>
    private const int CsvBatch = 64;

    private static readonly Func<int, int> SameLine = line => line;
    private readonly CableReader _reader = new(options);

    /// <summary>
    /// The units of <paramref name="input"/>, in order. Standard input and CSV files are read here, as the
    /// units are enumerated (on the caller's thread); the reader runs when a unit is loaded.
    /// </summary>
    public IEnumerable<WorkUnit> Units(InputFile input)
    {
        switch (input.Kind)
        {
            case InputKind.Stdin:
                return StdinUnits(input);
            case InputKind.Csv:
                StreamReader file;
                try
                {
                    file = File.OpenText(input.Path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return [Failed(input, InputExpander.CannotRead(input.Path, e.Message))];
                }
                return CsvUnits(input, file);
            case InputKind.Jsonl:
                return [new WorkUnit(input, () => Guard(input, (cables, errors) =>
                {
                    using var file = File.OpenText(input.Path);
                    LoadJsonl(input.Path, file, cables, errors);
                }), Renumber: false)];
            default:
                return [new WorkUnit(input, () => Guard(input, (cables, _) => LoadText(input.Path, TextFile.Read(input.Path), cables)), Renumber: false)];
        }
    }

    private IEnumerable<WorkUnit> StdinUnits(InputFile input)
    {
        string text;
        try
        {
            using var stdin = openStdin();
            text = stdin.ReadToEnd();
        }
        catch (IOException e)
        {
            return [Failed(input, InputExpander.CannotRead(input.Path, e.Message))];
        }
        return Sniff(text) switch
        {
            InputKind.Csv => CsvUnits(input, new StringReader(text)),
            InputKind.Jsonl => [new WorkUnit(input, () => Guard(input, (cables, errors) => LoadJsonl(input.Path, new StringReader(text), cables, errors)), Renumber: false)],
            _ => [new WorkUnit(input, () => Guard(input, (cables, _) => LoadText(input.Path, text, cables)), Renumber: false)],
        };
    }

    private IEnumerable<WorkUnit> CsvUnits(InputFile input, TextReader csv)
    {
        using (csv)
        {
            var errors = new List<string>();
            var batch = new List<CablegateRecord>(CsvBatch);
            foreach (var record in CablegateCsv.Read(csv, e => errors.Add($"'{input.Path}' line {e.Line}: {e.Message}; record skipped")))
            {
                batch.Add(record);
                if (batch.Count < CsvBatch) continue;
                yield return CsvUnit(input, batch, errors);
                batch = new List<CablegateRecord>(CsvBatch);
                errors = [];
            }
            if (batch.Count > 0 || errors.Count > 0) yield return CsvUnit(input, batch, errors);
        }
    }

    private WorkUnit CsvUnit(InputFile input, List<CablegateRecord> records, List<string> errors) =>
        new(input, () => Guard(input, (cables, unitErrors) =>
        {
            unitErrors.AddRange(errors);
            foreach (var record in records)
            {
                var text = record.Text;
                foreach (var cable in _reader.ReadAll(text, input.Path))
                {
                    var located = cable with
                    {
                        Diagnostics = cable.Diagnostics.Select(d => d with { Line = record.FileLine(d.Line) }).ToEquatableList(),
                    };
                    cables.Add(new LoadedCable(located, text, record.FileLine));
                }
            }
        }), Renumber: true);

    private static WorkUnit Failed(InputFile input, string error) =>
        new(input, () => new LoadedInput(input, [], [error]), Renumber: false);

    /// <summary>Runs <paramref name="load"/>, turning I/O failures and (promised never to happen) reader exceptions into error lines.</summary>
    private static LoadedInput Guard(InputFile input, Action<List<LoadedCable>, List<string>> load)
    {
        var cables = new List<LoadedCable>();
        var errors = new List<string>();
        try
        {
            load(cables, errors);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(InputExpander.CannotRead(input.Path, e.Message));
        }
        catch (Exception e)
        {
            // The reader promises never to throw; if it does, name the input and go on with the others.
            errors.Add($"internal error reading '{input.Path}': {e.GetType().Name}: {e.Message}");
        }
        return new LoadedInput(input, cables, errors);
    }

    private void LoadText(string path, string text, List<LoadedCable> cables)
    {
        foreach (var cable in _reader.ReadAll(text, path))
            cables.Add(new LoadedCable(cable, text, SameLine));
    }

    private static void LoadJsonl(string path, TextReader jsonl, List<LoadedCable> cables, List<string> errors)
    {
        var lineNumber = 0;
        while (jsonl.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                var cable = CableJson.Deserialize(line);
                cables.Add(new LoadedCable(cable with { Source = new CableSource(path, cables.Count) }, null, SameLine));
            }
            catch (JsonException e)
            {
                errors.Add($"'{path}' line {lineNumber}: not a cable in contract JSON: {FirstSentence(e.Message)}; line skipped");
            }
        }
    }

    /// <summary>Decides what standard input holds: a JSON object per line, a Cablegate CSV, or cable text.</summary>
    internal static InputKind Sniff(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.StartsWith("{")) return InputKind.Jsonl;
        if (start.Length > 1 && start[0] == '"' && char.IsAsciiDigit(start[1]))
        {
            var i = 1;
            while (i < start.Length && char.IsAsciiDigit(start[i])) i++;
            if (start[i..].StartsWith("\",\"")) return InputKind.Csv;
        }
        return InputKind.Text;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
