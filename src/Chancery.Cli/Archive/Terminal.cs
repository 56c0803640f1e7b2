using Spectre.Console;

namespace Chancery.Cli.Archive;

/// <summary>Spectre.Console over the CLI's standard output: colours and live widgets only on a terminal.</summary>
internal static class Terminal
{
    /// <summary>True when standard output is the process's own and a terminal (never in tests, never when piped).</summary>
    public static bool IsInteractive(CliConsole console) => console.Out is StreamWriter && !Console.IsOutputRedirected;

    /// <summary>True when standard error is a terminal.</summary>
    public static bool ErrorIsInteractive(CliConsole console) => console.Error is StreamWriter && !Console.IsErrorRedirected;

    /// <summary>A Spectre console writing to <paramref name="output"/>; plain text, 120 columns, when not interactive.</summary>
    public static IAnsiConsole Create(TextWriter output, bool interactive)
    {
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!interactive) ansi.Profile.Width = 120;
        return ansi;
    }

    /// <summary>A Spectre console over standard output.</summary>
    public static IAnsiConsole Out(CliConsole console) => Create(console.Out, IsInteractive(console));
}
