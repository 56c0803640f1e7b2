using Chancery.Archive;
using Chancery.Archive.Security;

namespace Chancery.Cli.Archive;

/// <summary>
/// Runs the body of an archive command: opens the store, hands it a cancellation token tied to Ctrl-C, and turns an
/// unusable archive into one line on standard error and exit 2 (a refusal by the exfiltration guard: exit 4).
/// </summary>
internal static class ArchiveCommandRunner
{
    public static int Run(CliConsole console, ArchiveLocation location, bool mustExist,
        Func<IArchiveStore, CancellationToken, Task<int>> body)
    {
        using var interruption = new Interruption();
        try
        {
            return RunAsync(location, mustExist, body, interruption.Token).GetAwaiter().GetResult();
        }
        catch (AccessDeniedException e)
        {
            console.Fail(ArchiveOpener.OneLine(e.Message));
            return ArchiveExitCodes.Refused;
        }
        catch (ArchiveException e)
        {
            console.Fail(ArchiveOpener.OneLine(e.Message));
            return ExitCodes.UsageOrInput;
        }
        catch (NotSupportedException e)
        {
            // A feature the archive's backend does not offer yet (e.g. declassification before its store lands).
            console.Fail(ArchiveOpener.OneLine(e.Message));
            return ExitCodes.UsageOrInput;
        }
        catch (OperationCanceledException) when (interruption.Token.IsCancellationRequested)
        {
            console.Fail("interrupted");
            return ArchiveExitCodes.Interrupted;
        }
    }

    private static async Task<int> RunAsync(ArchiveLocation location, bool mustExist,
        Func<IArchiveStore, CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        var store = await ArchiveOpener.OpenAsync(location, mustExist, cancellationToken);
        await using (store)
            return await body(store, cancellationToken);
    }
}
