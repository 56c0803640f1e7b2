using System.CommandLine;
using System.Text.Json;
using Chancery.Archive;
using Chancery.Cli.Commands;

namespace Chancery.Cli;

/// <summary>The whole CLI as a function of its arguments and streams, so tests can run it in-process.</summary>
internal static class CliApp
{
    /// <summary>Parses <paramref name="args"/>, runs the command and returns the exit status; never throws.</summary>
    public static int Run(string[] args, CliConsole console)
    {
        try
        {
            var root = BuildRoot(console);
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                console.Fail($"{OneLine(parsed.Errors[0].Message).TrimEnd('.')} (see 'chancery --help')");
                return ExitCodes.UsageOrInput;
            }
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            console.Fail(e.Message);
            return ExitCodes.UsageOrInput;
        }
        catch (Exception e)
        {
            console.Fail($"internal error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.Internal;
        }
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static RootCommand BuildRoot(CliConsole console)
    {
        var root = new RootCommand("Chancery: read, check and write US State Department telegrams (ACP-127 cables), and archive them." +
            $"\nArchive commands use {ArchiveLocation.DefaultSqlitePath} unless given --db FILE or --postgres CONNSTR (or CHANCERY_POSTGRES).");
        root.Subcommands.Add(ParseCommand.Create(console));
        root.Subcommands.Add(ValidateCommand.Create(console));
        root.Subcommands.Add(FormatCommand.Create(console));
        root.Subcommands.Add(EvalCommand.Create(console));
        root.Subcommands.Add(IngestCommand.Create(console));
        root.Subcommands.Add(SearchCommand.Create(console));
        root.Subcommands.Add(ShowCommand.Create(console));
        root.Subcommands.Add(RefsCommand.Create(console));
        root.Subcommands.Add(StatsCommand.Create(console));
        root.Subcommands.Add(ExportCommand.Create(console));
        root.Subcommands.Add(RelayCommand.Create(console));
        root.Subcommands.Add(SynthCommand.Create(console));
        root.Subcommands.Add(ServeCommand.Create(console));
        root.Subcommands.Add(UsersCommand.Create(console));
        root.Subcommands.Add(AuditCommand.Create(console));
        root.Subcommands.Add(DeclassifyCommand.Create(console));
        root.Subcommands.Add(PolicyCommand.Create(console));
        return root;
    }
}
