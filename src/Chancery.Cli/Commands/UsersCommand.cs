using System.CommandLine;
using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Cables;
using Chancery.Cli.Archive;
using Chancery.Cli.Users;

namespace Chancery.Cli.Commands;

/// <summary>
/// <c>chancery users add|token|set|list|disable|revoke</c>: the archive's users, kept in the archive's own database.
/// Every change is audited as <c>cli:$USER</c>.
/// </summary>
internal static class UsersCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("users", "Manage the archive's users: clearances, accesses, roles, read limits, API tokens.");
        command.Subcommands.Add(Add(console));
        command.Subcommands.Add(Token(console));
        command.Subcommands.Add(Set(console));
        command.Subcommands.Add(List(console));
        command.Subcommands.Add(Disable(console));
        command.Subcommands.Add(Revoke(console));
        return command;
    }

    private static Argument<string> Name() => new("NAME") { Description = "The user's login name (letters, digits, '.', '-', '_')." };

    private static Option<string?> Clearance() => new("--clearance")
    {
        Description = "UNCLASSIFIED, \"LIMITED OFFICIAL USE\", CONFIDENTIAL, SECRET or \"TOP SECRET\".",
        HelpName = "LEVEL",
    };

    private static Option<string[]> Access() => new("--access")
    {
        Description = "A restricted caption the user holds (NODIS, EXDIS, LIMDIS, STADIS or a channel); repeat for several.",
        HelpName = "CAPTION",
        AllowMultipleArgumentsPerToken = false,
    };

    private static Option<string?> Role() => new("--role") { Description = "reader (default), archivist or admin.", HelpName = "ROLE" };

    private static Command Add(CliConsole console)
    {
        var name = Name();
        var clearance = Clearance();
        clearance.Required = true;
        var noforn = new Option<bool>("--noforn") { Description = "Eligible for NOFORN material (a US national)." };
        var access = Access();
        var role = Role();
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password (8 characters or more) from the first line of standard input." };
        var archive = new ArchiveOptions();
        var command = new Command("add", "Add a user; the password is read from standard input.") { name, clearance, noforn, access, role, passwordStdin };
        archive.AddTo(command, withUser: false);
        command.SetAction(parsed =>
        {
            if (!parsed.GetValue(passwordStdin))
            {
                console.Fail("give the password on standard input with --password-stdin (never on the command line)");
                return ExitCodes.UsageOrInput;
            }
            return ArchiveCommandRunner.Run(console, archive.Location(parsed), mustExist: false, async (store, cancel) =>
            {
                var level = UserArguments.Clearance(parsed.GetValue(clearance)!);
                var userRole = parsed.GetValue(role) is { } r ? UserArguments.Role(r) : UserRole.Reader;
                var password = UserArguments.Password(console);
                var user = await store.Users.AddAsync(
                    new NewUser(parsed.GetValue(name)!.Trim(), level, parsed.GetValue(noforn), (parsed.GetValue(access) ?? []).ToEquatableList(), userRole),
                    password, cancel);
                await AdminAudit.AppendAsync(store, AuditAction.UserAdmin, user.Name, "added: " + UserText.Summary(user), cancel);
                console.Out.WriteLine("added " + UserText.Summary(user));
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static Command Token(CliConsole console)
    {
        var name = Name();
        var expires = new Option<string?>("--expires") { Description = "Stop working after this long (30m, 12h, 90d); default never.", HelpName = "AGE" };
        var archive = new ArchiveOptions();
        var command = new Command("token", "Issue a new API token for the user and print it (only it) on standard output; it is shown once.") { name, expires };
        archive.AddTo(command, withUser: false);
        command.SetAction(parsed => ArchiveCommandRunner.Run(console, archive.Location(parsed), mustExist: true, async (store, cancel) =>
        {
            var lifetime = parsed.GetValue(expires) is { } text ? UserArguments.Lifetime(text) : (TimeSpan?)null;
            var user = await store.Users.FindAsync(parsed.GetValue(name)!.Trim(), cancel) ?? throw new ArchiveException($"no user '{parsed.GetValue(name)!.Trim()}'");
            var token = await store.Users.IssueTokenAsync(user.Name, lifetime, cancel);
            await AdminAudit.AppendAsync(store, AuditAction.UserAdmin, user.Name,
                $"token {token.Id} issued" + (token.ExpiresAt is { } at ? $", expires {JsonLines.Iso(at.UtcDateTime)}" : ""), cancel);
            console.Out.WriteLine(token.Token);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Set(CliConsole console)
    {
        var name = Name();
        var clearance = Clearance();
        var readLimit = new Option<int?>("--read-limit") { Description = "Cables the user may read or export per hour (0 = unlimited, still audited).", HelpName = "PER_HOUR" };
        var readLimitDay = new Option<int?>("--read-limit-day") { Description = "Cables per day (0 = unlimited).", HelpName = "PER_DAY" };
        var disable = new Option<bool>("--disable") { Description = "Disable the user (revokes their tokens)." };
        var enable = new Option<bool>("--enable") { Description = "Enable the user again (revoked tokens stay revoked)." };
        var noforn = new Option<bool>("--noforn") { Description = "Make the user eligible for NOFORN material." };
        var noNoforn = new Option<bool>("--no-noforn") { Description = "Make the user ineligible for NOFORN material." };
        var access = Access();
        access.Description = "Replace the user's restricted captions with these; repeat for several.";
        var noAccess = new Option<bool>("--no-access") { Description = "Remove every restricted caption." };
        var role = Role();
        var archive = new ArchiveOptions();
        var command = new Command("set", "Change a user's clearance, accesses, role, read limits or status.")
        {
            name, clearance, readLimit, readLimitDay, disable, enable, noforn, noNoforn, access, noAccess, role,
        };
        archive.AddTo(command, withUser: false);
        command.Validators.Add(result =>
        {
            if (result.GetValue(disable) && result.GetValue(enable)) result.AddError("choose one of --disable, --enable");
            if (result.GetValue(noforn) && result.GetValue(noNoforn)) result.AddError("choose one of --noforn, --no-noforn");
            if (result.GetValue(noAccess) && result.GetValue(access) is { Length: > 0 }) result.AddError("choose one of --access, --no-access");
        });
        command.SetAction(parsed => ArchiveCommandRunner.Run(console, archive.Location(parsed), mustExist: true, async (store, cancel) =>
        {
            var changes = new UserChanges(
                Clearance: parsed.GetValue(clearance) is { } level ? UserArguments.Clearance(level) : null,
                NoForn: parsed.GetValue(noforn) ? true : parsed.GetValue(noNoforn) ? false : null,
                Accesses: parsed.GetValue(noAccess) ? EquatableList<string>.Empty
                    : parsed.GetValue(access) is { Length: > 0 } captions ? captions.ToEquatableList() : null,
                Role: parsed.GetValue(role) is { } r ? UserArguments.Role(r) : null,
                ReadLimitPerHour: parsed.GetValue(readLimit),
                ReadLimitPerDay: parsed.GetValue(readLimitDay),
                Disabled: parsed.GetValue(disable) ? true : parsed.GetValue(enable) ? false : null);
            if (changes == new UserChanges())
                throw new ArchiveException("nothing to change: give --clearance, --read-limit, --disable or another option (see 'chancery users set --help')");
            var user = await store.Users.UpdateAsync(parsed.GetValue(name)!.Trim(), changes, cancel);
            await AdminAudit.AppendAsync(store, AuditAction.UserAdmin, user.Name, "changed: " + UserText.Summary(user), cancel);
            console.Out.WriteLine(UserText.Summary(user));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command List(CliConsole console)
    {
        var json = new Option<bool>("--json") { Description = "Write {\"users\": [...]} as one JSON line." };
        var archive = new ArchiveOptions();
        var command = new Command("list", "List the archive's users.") { json };
        archive.AddTo(command, withUser: false);
        command.SetAction(parsed => ArchiveCommandRunner.Run(console, archive.Location(parsed), mustExist: true, async (store, cancel) =>
        {
            var users = await store.Users.ListAsync(cancel);
            if (parsed.GetValue(json)) JsonLines.Print(console, w => UserText.Json(w, users));
            else UserText.Table(Terminal.Out(console), users);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Disable(CliConsole console)
    {
        var name = Name();
        var archive = new ArchiveOptions();
        var command = new Command("disable", "Disable a user: no more logins, and their API tokens are revoked.") { name };
        archive.AddTo(command, withUser: false);
        command.SetAction(parsed => ArchiveCommandRunner.Run(console, archive.Location(parsed), mustExist: true, async (store, cancel) =>
        {
            var asked = parsed.GetValue(name)!.Trim();
            var revoked = await store.Users.RevokeAllTokensAsync(asked, cancel);
            var user = await store.Users.UpdateAsync(asked, new UserChanges(Disabled: true), cancel);
            await AdminAudit.AppendAsync(store, AuditAction.UserAdmin, user.Name, $"disabled; {revoked} tokens revoked", cancel);
            console.Out.WriteLine($"disabled {user.Name} ({Tokens(revoked)} revoked)");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Revoke(CliConsole console)
    {
        var name = Name();
        var tokenId = new Option<string?>("--token") { Description = "Revoke only the token with this id (as listed when issued); default every token.", HelpName = "ID" };
        var archive = new ArchiveOptions();
        var command = new Command("revoke", "Revoke a user's API tokens.") { name, tokenId };
        archive.AddTo(command, withUser: false);
        command.SetAction(parsed => ArchiveCommandRunner.Run(console, archive.Location(parsed), mustExist: true, async (store, cancel) =>
        {
            var asked = parsed.GetValue(name)!.Trim();
            int revoked;
            if (parsed.GetValue(tokenId) is { } id)
            {
                var tokens = await store.Users.ListTokensAsync(asked, cancel);
                if (!tokens.Any(t => t.Id == id)) throw new ArchiveException($"user '{asked}' has no token {id}");
                revoked = await store.Users.RevokeTokenAsync(id, cancel) ? 1 : 0;
            }
            else
            {
                revoked = await store.Users.RevokeAllTokensAsync(asked, cancel);
            }
            await AdminAudit.AppendAsync(store, AuditAction.UserAdmin, asked, $"{revoked} tokens revoked", cancel);
            console.Out.WriteLine($"revoked {Tokens(revoked)} of {asked}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string Tokens(int count) => count == 1 ? "1 token" : $"{count} tokens";
}
