using System.CommandLine;
using System.Text;
using Chancery.Cables;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery format PATH...</c>: each cable rewritten as canonical ACP-127 text by <see cref="CableWriter"/>.</summary>
internal static class FormatCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths();
        var noMerge = CommonOptions.NoMerge();
        var command = new Command("format", "Rewrite cables as canonical ACP-127 text (69-column lines, sections, page headers).")
        {
            paths, noMerge,
        };
        command.SetAction(parsed =>
        {
            var writer = new CableWriter();
            var ok = CommonOptions.ForEachInput(console, parsed.GetValue(paths) ?? [], merge: !parsed.GetValue(noMerge),
                loaded =>
                {
                    var text = new StringBuilder();
                    foreach (var cable in loaded.Cables)
                    {
                        var written = writer.Write(cable.Cable);
                        text.Append(written);
                        if (!written.EndsWith('\n')) text.Append('\n');
                    }
                    return text.ToString();
                },
                (_, text) => console.Out.Write(text));
            return ok ? ExitCodes.Ok : ExitCodes.UsageOrInput;
        });
        return command;
    }
}
