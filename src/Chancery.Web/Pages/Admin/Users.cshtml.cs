using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Cables;
using Chancery.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chancery.Web.Pages.Admin;

/// <summary>
/// <c>/admin/users</c>: every user with clearance, accesses, role and limits; forms (anti-forgery checked) to add a user
/// and to change clearance, limits, or disable one. Each change is audited.
/// </summary>
[Authorize(Policy = WebAuth.AdminPolicy)]
public sealed class UsersModel(IArchiveStore store, TimeProvider time) : PageModel
{
    /// <summary>The levels offered, lowest first.</summary>
    public static readonly Classification[] Levels =
        [Classification.Unclassified, Classification.LimitedOfficialUse, Classification.Confidential, Classification.Secret, Classification.TopSecret];

    internal IReadOnlyList<UserAccount> Users { get; private set; } = [];

    /// <summary>What the last change did, or why it was refused.</summary>
    public string? Message { get; private set; }

    /// <summary>True when <see cref="Message"/> is a refusal.</summary>
    public bool Refused { get; private set; }

    /// <summary>Handles <c>GET /admin/users</c>.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => Users = await store.Users.ListAsync(cancellationToken);

    /// <summary>Handles the add form.</summary>
    public async Task<IActionResult> OnPostAddAsync(string? name, string? password, string? clearance, bool noforn, string? accesses, string? role,
        CancellationToken cancellationToken)
    {
        name = (name ?? "").Trim();
        if (name.Length is 0 or > LoginModel.MaxNameLength) return await RefuseAsync($"A user name is 1 to {LoginModel.MaxNameLength} characters.", cancellationToken);
        if ((password ?? "").Length is < UserRules.MinimumPasswordLength or > LoginModel.MaxPasswordLength)
            return await RefuseAsync($"A password has {UserRules.MinimumPasswordLength} to {LoginModel.MaxPasswordLength} characters.", cancellationToken);
        if (ParseLevel(clearance) is not { } level) return await RefuseAsync("Choose a clearance.", cancellationToken);
        if (!Enum.TryParse<UserRole>(role, ignoreCase: true, out var parsedRole) || !Enum.IsDefined(parsedRole)) return await RefuseAsync("Choose a role.", cancellationToken);
        var granted = ParseAccesses(accesses);
        if (granted is null) return await RefuseAsync("Accesses are caption names such as NODIS or EXDIS, separated by spaces.", cancellationToken);
        return await ChangeAsync(name, $"added {name}", async () =>
            await store.Users.AddAsync(new NewUser(name, level, noforn, granted, parsedRole), password!, cancellationToken), cancellationToken);
    }

    /// <summary>Handles a user's row form: clearance, NOFORN, limits, enabled.</summary>
    public async Task<IActionResult> OnPostUpdateAsync(string? name, string? clearance, bool noforn, string? accesses, int? readLimitPerHour,
        int? readLimitPerDay, bool disabled, CancellationToken cancellationToken)
    {
        name = (name ?? "").Trim();
        if (name.Length is 0 or > LoginModel.MaxNameLength) return await RefuseAsync("No such user.", cancellationToken);
        if (ParseLevel(clearance) is not { } level) return await RefuseAsync("Choose a clearance.", cancellationToken);
        if (readLimitPerHour is < 0 or > 1_000_000 || readLimitPerDay is < 0 or > 10_000_000)
            return await RefuseAsync("Limits are 0 (unlimited) or a positive number of cables.", cancellationToken);
        var granted = ParseAccesses(accesses);
        if (granted is null) return await RefuseAsync("Accesses are caption names such as NODIS or EXDIS, separated by spaces.", cancellationToken);
        if (disabled && string.Equals(name, HttpContext.Account()?.Name, StringComparison.OrdinalIgnoreCase))
            return await RefuseAsync("You cannot disable yourself.", cancellationToken);
        var changes = new UserChanges(level, noforn, granted, ReadLimitPerHour: readLimitPerHour, ReadLimitPerDay: readLimitPerDay, Disabled: disabled);
        return await ChangeAsync(name, $"changed {name}: {Names.Of(level)}{(noforn ? " NOFORN" : "")} [{string.Join(' ', granted)}] " +
                                       $"limits {readLimitPerHour?.ToString() ?? "="}/h {readLimitPerDay?.ToString() ?? "="}/day{(disabled ? " disabled" : "")}",
            async () => await store.Users.UpdateAsync(name, changes, cancellationToken), cancellationToken);
    }

    private async Task<IActionResult> ChangeAsync(string name, string detail, Func<Task> change, CancellationToken cancellationToken)
    {
        try
        {
            await change();
        }
        catch (ArchiveException e) when (e is not AccessDeniedException)
        {
            return await RefuseAsync(e.Message, cancellationToken);
        }
        var admin = HttpContext.Account()!.Name;
        await store.Audit.AppendAsync(new AuditEvent(time.GetUtcNow(), admin, AuditAction.UserAdmin, name, 0, WebAuth.ClientAddress(HttpContext), detail), cancellationToken);
        Message = char.ToUpperInvariant(detail[0]) + detail[1..] + ".";
        Users = await store.Users.ListAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult> RefuseAsync(string message, CancellationToken cancellationToken)
    {
        Message = message;
        Refused = true;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Users = await store.Users.ListAsync(cancellationToken);
        return Page();
    }

    private static Classification? ParseLevel(string? text) =>
        Levels.Cast<Classification?>().FirstOrDefault(l => string.Equals(Names.Of(l!.Value), text, StringComparison.OrdinalIgnoreCase) || string.Equals(l.ToString(), text, StringComparison.OrdinalIgnoreCase));

    private static EquatableList<string>? ParseAccesses(string? text)
    {
        var words = (text ?? "").Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.ToUpperInvariant()).Distinct().ToList();
        if (words.Count > 32 || words.Any(w => w.Length > 32 || !w.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))) return null;
        return words.ToEquatableList();
    }
}
