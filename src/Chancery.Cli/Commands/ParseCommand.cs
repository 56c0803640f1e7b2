using System.Buffers;
using System.CommandLine;
using System.Text;
using System.Text.Json;
using Chancery.Cables;
using Chancery.Cli.Inputs;
using Chancery.Cli.Output;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery parse PATH... [--jsonl|--json|--text] [--no-merge]</c>: cables as contract JSON or a summary.</summary>
internal static class ParseCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths();
        var jsonl = new Option<bool>("--jsonl") { Description = "One JSON object per cable per line, in input order (the default)." };
        var json = new Option<bool>("--json") { Description = "One pretty-printed JSON array of all cables." };
        var text = new Option<bool>("--text") { Description = "A human summary of each cable." };
        var noMerge = CommonOptions.NoMerge();
        var command = new Command("parse", "Read cables and write them as contract JSON (see contracts/cable-json.md) or as a summary.")
        {
            paths, jsonl, json, text, noMerge,
        };
        command.Validators.Add(result =>
        {
            var chosen = new[] { jsonl, json, text }.Count(o => result.GetValue(o));
            if (chosen > 1) result.AddError("choose one of --jsonl, --json, --text");
        });
        command.SetAction(parsed =>
        {
            var format = parsed.GetValue(json) ? OutputFormat.Json : parsed.GetValue(text) ? OutputFormat.Text : OutputFormat.Jsonl;
            return Run(console, parsed.GetValue(paths) ?? [], format, merge: !parsed.GetValue(noMerge));
        });
        return command;
    }

    private static int Run(CliConsole console, string[] paths, OutputFormat format, bool merge)
    {
        var first = true;
        if (format == OutputFormat.Json) console.Out.Write('[');
        var ok = CommonOptions.ForEachInput(console, paths, merge,
            loaded => Render(loaded, format),
            chunk =>
            {
                if (chunk.Length == 0) return;
                if (format == OutputFormat.Json)
                {
                    console.Out.Write(first ? "\n" : ",\n");
                    first = false;
                }
                console.WriteUtf8(chunk);
            });
        if (format == OutputFormat.Json) console.Out.Write(first ? "]\n" : "\n]\n");
        return ok ? ExitCodes.Ok : ExitCodes.UsageOrInput;
    }

    /// <summary>Renders one input's cables as UTF-8 in the chosen format (on a worker thread).</summary>
    private static byte[] Render(LoadedInput loaded, OutputFormat format)
    {
        if (loaded.Cables.Count == 0) return [];
        if (format == OutputFormat.Text)
            return Encoding.UTF8.GetBytes(string.Concat(loaded.Cables.Select(c => TextSummary.Of(c.Cable))));

        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, CableJson.WriterOptions(indented: format == OutputFormat.Json)))
        {
            for (var i = 0; i < loaded.Cables.Count; i++)
            {
                if (i > 0)
                {
                    writer.Flush();
                    buffer.Write(format == OutputFormat.Json ? ",\n"u8 : "\n"u8);
                    writer.Reset();
                }
                CableJson.Write(writer, loaded.Cables[i].Cable);
            }
        }
        if (format == OutputFormat.Jsonl)
        {
            buffer.Write("\n"u8);
            return buffer.WrittenSpan.ToArray();
        }
        return Indent(buffer.WrittenSpan);
    }

    /// <summary>Indents pretty-printed objects one level for their place in the array (JSON strings hold no raw newlines).</summary>
    private static byte[] Indent(ReadOnlySpan<byte> json)
    {
        var output = new ArrayBufferWriter<byte>(json.Length + json.Length / 8);
        output.Write("  "u8);
        while (true)
        {
            var newline = json.IndexOf((byte)'\n');
            if (newline < 0)
            {
                output.Write(json);
                break;
            }
            output.Write(json[..(newline + 1)]);
            json = json[(newline + 1)..];
            output.Write(json.StartsWith(",\n"u8) || json.IsEmpty ? ""u8 : "  "u8);
        }
        return output.WrittenSpan.ToArray();
    }
}
