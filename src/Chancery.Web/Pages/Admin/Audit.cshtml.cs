using System.Globalization;
using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chancery.Web.Pages.Admin;

/// <summary><c>/admin/audit</c>: the audit log, newest first, filtered by user, time and action, with the hash chain's state.</summary>
[Authorize(Policy = WebAuth.AdminPolicy)]
public sealed class AuditModel(IArchiveStore store) : PageModel
{
    /// <summary>Entries per page.</summary>
    public const int PageSize = 50;

    /// <summary>The deepest entry reachable by paging.</summary>
    public const int MaxDepth = 10_000;

    /// <summary>The user filter.</summary>
    public string? UserFilter { get; private set; }

    /// <summary>The since filter as typed.</summary>
    public string? Since { get; private set; }

    /// <summary>The action filter.</summary>
    public AuditAction? Action { get; private set; }

    /// <summary>This page's number.</summary>
    public int PageNumber { get; private set; } = 1;

    /// <summary>Why the filters were refused.</summary>
    public string? Error { get; private set; }

    internal IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    /// <summary>True when there are entries after this page.</summary>
    public bool HasMore { get; private set; }

    internal AuditVerification? Verification { get; private set; }

    /// <summary>Handles <c>GET /admin/audit?user=&amp;since=&amp;action=&amp;page=</c>.</summary>
    public async Task OnGetAsync(string? user, string? since, string? action, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "page")] int? pageNumber,
        CancellationToken cancellationToken)
    {
        UserFilter = string.IsNullOrWhiteSpace(user) ? null : user.Trim();
        Since = string.IsNullOrWhiteSpace(since) ? null : since.Trim();
        PageNumber = pageNumber ?? 1;
        Verification = await store.Audit.VerifyAsync(cancellationToken);
        if (UserFilter is { Length: > LoginModel.MaxNameLength }) { Refuse($"user names are at most {LoginModel.MaxNameLength} characters"); return; }
        DateTimeOffset? from = null;
        if (Since is not null)
        {
            if (!DateTimeOffset.TryParse(Since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            { Refuse("since must be a date or time such as 2026-11-28 or 2026-11-28T09:00Z"); return; }
            from = parsed;
        }
        if (!string.IsNullOrEmpty(action))
        {
            if (!Enum.TryParse<AuditAction>(action, ignoreCase: true, out var parsedAction) || !Enum.IsDefined(parsedAction))
            { Refuse("unknown action"); return; }
            Action = parsedAction;
        }
        if (PageNumber < 1 || (long)PageNumber * PageSize > MaxDepth) { Refuse($"page must be between 1 and {MaxDepth / PageSize}"); return; }
        var wanted = PageNumber * PageSize + 1;
        var entries = await store.Audit.QueryAsync(new AuditQuery(UserFilter, from, Action is { } a ? [a] : null, wanted), cancellationToken);
        Entries = entries.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        HasMore = entries.Count > PageNumber * PageSize;
    }

    /// <summary>The URL of another page with the same filters.</summary>
    public string PageLink(int page) =>
        "/admin/audit?" + string.Join("&", new[]
        {
            UserFilter is null ? null : "user=" + Uri.EscapeDataString(UserFilter),
            Since is null ? null : "since=" + Uri.EscapeDataString(Since),
            Action is null ? null : "action=" + Action,
            "page=" + page,
        }.Where(p => p is not null));

    private void Refuse(string message)
    {
        Error = message;
        Response.StatusCode = 400;
    }
}
