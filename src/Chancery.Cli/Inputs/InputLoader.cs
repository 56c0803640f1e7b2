using System.Text.Json;
using Chancery.Cables;

namespace Chancery.Cli.Inputs;

/// <summary>Reads one input into cables: text through <see cref="CableReader"/>, CSV records one by one, JSONL line by line.</summary>
internal sealed class InputLoader(CableReaderOptions options, Func<TextReader> openStdin)
{
    private static readonly Func<int, int> SameLine = line => line;
    private readonly CableReader _reader = new(options);

    /// <summary>Reads <paramref name="input"/>; never throws: an unreadable file becomes one error line.</summary>
    public LoadedInput Load(InputFile input)
    {
        var errors = new List<string>();
        var cables = new List<LoadedCable>();
        try
        {
            if (input.Kind == InputKind.Stdin)
            {
                string text;
                using (var stdin = openStdin()) text = stdin.ReadToEnd();
                switch (Sniff(text))
                {
                    case InputKind.Csv: LoadCsv(input.Path, new StringReader(text), cables, errors); break;
                    case InputKind.Jsonl: LoadJsonl(input.Path, new StringReader(text), cables, errors); break;
                    default: LoadText(input.Path, text, cables); break;
                }
            }
            else if (input.Kind == InputKind.Csv)
            {
                using var file = File.OpenText(input.Path);
                LoadCsv(input.Path, file, cables, errors);
            }
            else if (input.Kind == InputKind.Jsonl)
            {
                using var file = File.OpenText(input.Path);
                LoadJsonl(input.Path, file, cables, errors);
            }
            else
            {
                LoadText(input.Path, File.ReadAllText(input.Path), cables);
            }
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

    private void LoadCsv(string path, TextReader csv, List<LoadedCable> cables, List<string> errors)
    {
        foreach (var record in CablegateCsv.Read(csv, e => errors.Add($"'{path}' line {e.Line}: {e.Message}; record skipped")))
        {
            var text = record.Text;
            foreach (var cable in _reader.ReadAll(text, path))
            {
                var located = cable with
                {
                    Source = new CableSource(path, cables.Count),
                    Diagnostics = cable.Diagnostics.Select(d => d with { Line = record.FileLine(d.Line) }).ToEquatableList(),
                };
                cables.Add(new LoadedCable(located, text, record.FileLine));
            }
        }
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
