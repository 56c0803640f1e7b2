using System.CommandLine;
using Chancery.Archive.Security;
using Chancery.Cli.Archive;
using Chancery.Cli.Users;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery policy [--mode whole-cable|portion] [--auto-declassify on|off]</c>: shows or changes the release rules.</summary>
internal static class PolicyCommand
{
    public static Command Create(CliConsole console)
    {
        var mode = new Option<string?>("--mode") { Description = "whole-cable: a cable is shown only when the reader is cleared for all of it; portion: paragraphs above the reader are withheld.", HelpName = "MODE" };
        mode.AcceptOnlyFromAmong("whole-cable", "portion");
        var auto = new Option<string?>("--auto-declassify") { Description = "on: a cable whose DECL date has passed counts as declassified; off: only explicit declassification.", HelpName = "on|off" };
        auto.AcceptOnlyFromAmong("on", "off");
        var archive = new ArchiveOptions();
        var command = new Command("policy", "Show the archive's release policy, or change it (every later read applies it).") { mode, auto };
        archive.AddTo(command, withUser: false);
        command.SetAction(parsed => ArchiveCommandRunner.Run(console, archive.Location(parsed), mustExist: true, async (store, cancel) =>
        {
            var policy = await store.GetPolicyAsync(cancel);
            var changed = policy with
            {
                Mode = parsed.GetValue(mode) switch
                {
                    "whole-cable" => ReleaseMode.WholeCable,
                    "portion" => ReleaseMode.PortionRelease,
                    _ => policy.Mode,
                },
                AutoDeclassify = parsed.GetValue(auto) switch
                {
                    "on" => true,
                    "off" => false,
                    _ => policy.AutoDeclassify,
                },
            };
            if (parsed.GetValue(mode) is not null || parsed.GetValue(auto) is not null)
            {
                await store.SetPolicyAsync(changed, cancel);
                await AdminAudit.AppendAsync(store, AuditAction.Declassify, "policy", Describe(changed).Replace('\n', ';'), cancel);
            }
            console.Out.WriteLine(Describe(changed));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string Describe(AccessPolicy policy) =>
        $"mode: {(policy.Mode == ReleaseMode.PortionRelease ? "portion" : "whole-cable")}\nauto-declassify: {(policy.AutoDeclassify ? "on" : "off")}";
}
