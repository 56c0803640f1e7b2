using System.CommandLine;
using Chancery.Archive.Security;
using Chancery.Cli.Archive;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery show ID [--json | --raw | --diff [--from N] [--to M]]</c>: one stored cable, its text, or what changed.</summary>
internal static class ShowCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("ID") { Description = "The reference id, canonical (06ASTANA38) or as published." };
        var json = new Option<bool>("--json") { Description = "The cable as contract JSON (contracts/cable-json.md) plus \"versions\"." };
        var raw = new Option<bool>("--raw") { Description = "The raw text of the latest version, as ingested." };
        var diff = new Option<bool>("--diff") { Description = "What changed between two versions, as a unified diff (default: the last two)." };
        var from = new Option<int?>("--from") { Description = "With --diff: the older version number.", HelpName = "N" };
        var to = new Option<int?>("--to") { Description = "With --diff: the newer version number.", HelpName = "M" };
        var archive = new ArchiveOptions();
        var command = new Command("show", "Show one cable from the archive (exit 1 when it is not there).")
        {
            id, json, raw, diff, from, to,
        };
        archive.AddTo(command, withUser: true);
        command.Validators.Add(result =>
        {
            if (new[] { json, raw, diff }.Count(o => result.GetValue(o)) > 1) result.AddError("choose one of --json, --raw, --diff");
            if (!result.GetValue(diff) && (result.GetValue(from) is not null || result.GetValue(to) is not null))
                result.AddError("--from and --to go with --diff");
        });
        command.SetAction(parsed =>
        {
            var referenceId = parsed.GetValue(id)!.Trim();
            return ArchiveCommandRunner.Run(console, archive.Location(parsed), mustExist: true, async (store, cancel) =>
            {
                var caller = await archive.CallerAsync(parsed, store, cancel);
                var guarded = new GuardedArchive(store, TimeProvider.System);
                if (parsed.GetValue(diff))
                    return await DiffAsync(console, await guarded.GetVersionsAsync(referenceId, caller, cancel), referenceId,
                        parsed.GetValue(from), parsed.GetValue(to));
                var cable = await guarded.GetCableAsync(referenceId, caller, cancel);
                if (cable is null) return NotFound(console, referenceId);
                if (parsed.GetValue(json)) console.WriteUtf8(ShowJson.Utf8(cable));
                else if (parsed.GetValue(raw)) console.Out.Write(cable.RawText.EndsWith('\n') ? cable.RawText : cable.RawText + "\n");
                else ShowText.Write(Terminal.Out(console), cable);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static Task<int> DiffAsync(CliConsole console, IReadOnlyList<Chancery.Archive.CableVersion> versions, string referenceId, int? from, int? to)
    {
        if (versions.Count == 0) return Task.FromResult(NotFound(console, referenceId));
        var newer = to ?? versions.Count;
        var older = from ?? newer - 1;
        if (versions.Count == 1 && from is null && to is null)
        {
            console.Out.WriteLine($"{referenceId} has one version; nothing to compare");
            return Task.FromResult(ExitCodes.Ok);
        }
        foreach (var number in new[] { older, newer })
        {
            if (versions.Any(v => v.Number == number)) continue;
            console.Fail($"{referenceId} has versions {versions[0].Number} to {versions[^1].Number}; there is no version {number}");
            return Task.FromResult(ExitCodes.UsageOrInput);
        }
        var text = VersionDiffText.Unified(referenceId, versions.Single(v => v.Number == older), versions.Single(v => v.Number == newer));
        if (text.Length == 0) console.Out.WriteLine($"versions {older} and {newer} of {referenceId} have the same text");
        else VersionDiffText.Write(Terminal.Out(console), text, Terminal.IsInteractive(console));
        return Task.FromResult(ExitCodes.Ok);
    }

    private static int NotFound(CliConsole console, string referenceId)
    {
        console.Fail($"no cable {referenceId} in the archive");
        return ArchiveExitCodes.NotFound;
    }
}
