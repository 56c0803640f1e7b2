using System.CommandLine;
using System.Globalization;
using Chancery.Cables;
using Chancery.Cli.Inputs;

namespace Chancery.Cli.Commands;

/// <summary>
/// <c>chancery validate PATH...</c>: the reader's diagnostics and <see cref="CableRules"/> findings as
/// compiler-style lines <c>file:line:col: severity CODE: message</c>, then a summary line.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths();
        var noMerge = CommonOptions.NoMerge();
        var command = new Command("validate", "Check cables against the format and list what is wrong, compiler style; exit 1 on any error.")
        {
            paths, noMerge,
        };
        command.SetAction(parsed => Run(console, parsed.GetValue(paths) ?? [], merge: !parsed.GetValue(noMerge)));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, bool merge)
    {
        int files = 0, cables = 0, errors = 0, warnings = 0, infos = 0;
        InputFile? lastInput = null;
        var ok = CommonOptions.ForEachInput(console, paths, merge, Findings, (loaded, found) =>
        {
            // A large CSV arrives in several pieces; count it once.
            if (!ReferenceEquals(loaded.Input, lastInput)) files++;
            lastInput = loaded.Input;
            cables += found.Cables;
            foreach (var d in found.Diagnostics)
            {
                switch (d.Diagnostic.Severity)
                {
                    case Severity.Error: errors++; break;
                    case Severity.Warning: warnings++; break;
                    default: infos++; break;
                }
                console.Out.WriteLine($"{d.Path}:{d.Diagnostic}");
            }
        });
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{cables} {Plural(cables, "cable")} in {files} {Plural(files, "input")}: {errors} {Plural(errors, "error")}, {warnings} {Plural(warnings, "warning")}, {infos} info"));
        if (!ok) return ExitCodes.UsageOrInput;
        return errors > 0 ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private sealed record Finding(string Path, Diagnostic Diagnostic);

    private sealed record InputFindings(int Cables, IReadOnlyList<Finding> Diagnostics);

    /// <summary>The reader's diagnostics and the rules' findings of one input, by position, each once.</summary>
    private static InputFindings Findings(LoadedInput loaded)
    {
        var findings = new List<Finding>();
        foreach (var cable in loaded.Cables)
        {
            var rules = CableRules.Check(cable.Cable, cable.Text).Select(d => d with { Line = cable.MapLine(d.Line) });
            findings.AddRange(cable.Cable.Diagnostics.Concat(rules).Distinct()
                .Select(d => new Finding(loaded.Input.Path, d)));
        }
        var ordered = findings.OrderBy(f => f.Diagnostic.Line).ThenBy(f => f.Diagnostic.Column).ToList();
        return new InputFindings(loaded.Cables.Count, ordered);
    }

    private static string Plural(int n, string word) => n == 1 ? word : word + "s";
}
