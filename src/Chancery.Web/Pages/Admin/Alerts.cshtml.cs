using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chancery.Web.Pages.Admin;

/// <summary><c>/admin/alerts</c>: the exfiltration guard's alerts and its recent refusals, newest first.</summary>
[Authorize(Policy = WebAuth.AdminPolicy)]
public sealed class AlertsModel(IArchiveStore store) : PageModel
{
    /// <summary>How many of each are listed.</summary>
    public const int Shown = 200;

    internal IReadOnlyList<AuditEntry> Alerts { get; private set; } = [];

    internal IReadOnlyList<AuditEntry> Refusals { get; private set; } = [];

    /// <summary>Handles <c>GET /admin/alerts</c>.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Alerts = await store.Audit.QueryAsync(new AuditQuery(Actions: [AuditAction.Alert], Limit: Shown), cancellationToken);
        Refusals = await store.Audit.QueryAsync(new AuditQuery(Actions: [AuditAction.Denied], Limit: Shown), cancellationToken);
    }
}
