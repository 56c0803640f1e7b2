using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Chancery.Archive.Security;
using Chancery.Cli.Archive;
using Chancery.Cli.Users;
using Spectre.Console;

namespace Chancery.Cli.Commands;

/// <summary>
/// <c>chancery audit [--user U] [--since T] [--action A]... [--limit N] [--json] [--verify]</c>: the archive's audit log,
/// the latest entries in time order, or a check of its hash chain.
/// </summary>
internal static class AuditCommand
{
    public static Command Create(CliConsole console)
    {
        var user = new Option<string?>("--user") { Description = "Only this user's entries (cli:NAME for unnamed command-line reads).", HelpName = "NAME" };
        var since = new Option<string?>("--since") { Description = "Only entries at or after this time: 2026-03-01, 2026-03-01T09:30Z, or an age (30m, 2h, 7d).", HelpName = "TIME" };
        var action = new Option<string[]>("--action")
        {
            Description = "Only these actions (search, read, export, references, stats, login, loginfailed, denied, alert, useradmin, declassify); repeat for several.",
            HelpName = "ACTION",
        };
        var limit = new Option<int>("--limit") { Description = "At most this many of the latest entries (1-100000).", DefaultValueFactory = _ => 100, HelpName = "N" };
        var json = new Option<bool>("--json") { Description = "One JSON object per entry and line." };
        var verify = new Option<bool>("--verify") { Description = "Check the hash chain instead of listing: exit 1 and the first broken entry when it was altered." };
        var archive = new ArchiveOptions();
        var command = new Command("audit", "Show the audit log (who read, searched or exported what, when, from where; refusals and alerts).")
        {
            user, since, action, limit, json, verify,
        };
        archive.AddTo(command, withUser: false);
        command.SetAction(parsed =>
        {
            if (!OptionRange.Check(console, "--limit", parsed.GetValue(limit), 1, 100_000)) return ExitCodes.UsageOrInput;
            return ArchiveCommandRunner.Run(console, archive.Location(parsed), mustExist: true, async (store, cancel) =>
            {
                if (parsed.GetValue(verify))
                {
                    var check = await store.Audit.VerifyAsync(cancel);
                    if (check.FirstBrokenId is { } broken)
                    {
                        console.Fail($"the audit log was altered: entry {broken} does not match the chain ({check.Entries} entries checked)");
                        return ExitCodes.Findings;
                    }
                    console.Out.WriteLine($"audit log intact: {check.Entries} entries");
                    return ExitCodes.Ok;
                }
                var query = new AuditQuery(
                    parsed.GetValue(user)?.Trim(),
                    parsed.GetValue(since) is { } text ? UserArguments.Since(text, TimeProvider.System.GetUtcNow()) : null,
                    parsed.GetValue(action) is { Length: > 0 } names ? [.. names.Select(Action)] : null,
                    parsed.GetValue(limit));
                var entries = (await store.Audit.QueryAsync(query, cancel)).Reverse().ToList();
                if (parsed.GetValue(json))
                    foreach (var entry in entries) JsonLines.Print(console, w => Json(w, entry));
                else
                    Table(Terminal.Out(console), entries);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static AuditAction Action(string name) =>
        Enum.TryParse<AuditAction>(name.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var action) && Enum.IsDefined(action)
            ? action
            : throw new Chancery.Archive.ArchiveException($"unknown action '{name}': use search, read, export, references, stats, login, loginfailed, denied, alert, useradmin, declassify or release");

    private static void Json(Utf8JsonWriter writer, AuditEntry entry)
    {
        var e = entry.Event;
        writer.WriteStartObject();
        writer.WriteNumber("id", entry.Id);
        writer.WriteString("at", e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        writer.WriteString("user", e.User);
        writer.WriteString("action", e.Action.ToString().ToLowerInvariant());
        writer.WriteString("target", e.Target);
        writer.WriteNumber("cables", e.Cables);
        writer.WriteString("from", e.From);
        JsonLines.WriteNullable(writer, "detail", e.Detail);
        writer.WriteString("hash", entry.Hash);
        writer.WriteEndObject();
    }

    private static void Table(IAnsiConsole console, IReadOnlyList<AuditEntry> entries)
    {
        if (entries.Count == 0)
        {
            console.MarkupLine("[dim]no audit entries[/]");
            return;
        }
        var table = new Table().AddColumn(new TableColumn("#").RightAligned()).AddColumns("at (UTC)", "user", "action", "target")
            .AddColumn(new TableColumn("cables").RightAligned()).AddColumns("from", "detail");
        foreach (var entry in entries)
        {
            var e = entry.Event;
            var action = e.Action.ToString().ToLowerInvariant();
            table.AddRow(
                entry.Id.ToString(CultureInfo.InvariantCulture),
                e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                Markup.Escape(e.User),
                e.Action is AuditAction.Denied or AuditAction.Alert ? $"[red]{action}[/]" : action,
                Markup.Escape(e.Target),
                e.Cables.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(e.From),
                Markup.Escape(e.Detail ?? ""));
        }
        console.Write(table);
    }
}
