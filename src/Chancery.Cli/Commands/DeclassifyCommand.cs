using System.CommandLine;
using Chancery.Archive.Security;
using Chancery.Cli.Archive;
using Chancery.Cli.Users;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery declassify ID --reason TEXT</c>: declassifies a cable explicitly, recording who and why.</summary>
internal static class DeclassifyCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("ID") { Description = "The reference id, canonical (06ASTANA38) or as published." };
        var reason = new Option<string>("--reason") { Description = "Why (kept with the declassification and in the audit log).", Required = true, HelpName = "TEXT" };
        var archive = new ArchiveOptions();
        var command = new Command("declassify", "Declassify a cable: every portion released to every reader who holds its restricted captions (exit 1 when it is not there).")
        {
            id, reason,
        };
        archive.AddTo(command, withUser: false);
        command.SetAction(parsed =>
        {
            var referenceId = parsed.GetValue(id)!.Trim();
            var why = parsed.GetValue(reason)!.Trim();
            if (why.Length == 0)
            {
                console.Fail("give the reason for the declassification with --reason TEXT");
                return ExitCodes.UsageOrInput;
            }
            return ArchiveCommandRunner.Run(console, archive.Location(parsed), mustExist: true, async (store, cancel) =>
            {
                var by = ArchiveOptions.SystemCaller().AuditName;
                if (!await store.DeclassifyAsync(referenceId, why, by, cancel))
                {
                    console.Fail($"no cable {referenceId} in the archive");
                    return ArchiveExitCodes.NotFound;
                }
                await AdminAudit.AppendAsync(store, AuditAction.Declassify, referenceId, why, cancel);
                console.Out.WriteLine($"declassified {referenceId}");
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
